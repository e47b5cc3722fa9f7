// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"
#include "x86.h"

#if PTC_X86_64


static int fork_and_wait(void *arg)
{
	long child;
	int status = 0;

	ptc_no_coredump();
	ptc_block_signal(SIGCHLD);
	raise(SIGUSR1);
	child = ptc_raw_syscall6(SYS_fork, 0, 0, 0, 0, 0, 0);
	if (child == 0)
		ptc_raw_syscall6(SYS_exit, 22, 0, 0, 0, 0, 0);
	ptc_raw_syscall6(SYS_wait4, child, (long)&status, 0, 0, 0, 0);
	/* A stepped child would have died of SIGTRAP. */
	ptc_raw_syscall6(SYS_exit, WIFEXITED(status) && WEXITSTATUS(status) == 22 ? 44 : 33,
		     0, 0, 0, 0, 0);
	return 1;
}
#endif

PTC_CASE(
	.claim = "Single-stepping a tracee over fork does not single-step the child (not traced): "
		 "the child runs to its exit without a SIGTRAP",
	.man = "PTRACE_SINGLESTEP",
	.spec = "5.B11",
	.needs = "arch:x86_64",
	.links = "ptrace-tests step-fork.c",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, fork_and_wait, NULL);
	struct ptc_stop st;
	int steps = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	do {
		ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
		st = ptc_next_stop(pid);
	} while (st.kind == PTC_SIGNAL_STOP && st.sig == SIGTRAP && ++steps < 100000);
	ptc_log("%d steps", steps);
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 44);
#endif
}
