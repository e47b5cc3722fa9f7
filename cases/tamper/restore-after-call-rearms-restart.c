// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int fds[2];
static volatile long called;

/* What a debugger calls in the stopped tracee (an "inferior call"). */
static void inferior_function(void)
{
	called = 42;
	par_breakpoint();
}

static int read_once(void *arg)
{
	char c;

	par_count_signal(SIGUSR1, SA_RESTART);
	EXPECT_EQ(par_syscall6(PAR_NR_read, fds[0], (long)&c, 1, 0, 0, 0), 1);
	return 0;
}

PTC_CASE(
	.claim = "A debugger-style call at the signal-delivery-stop of an interrupted read works: "
		 "with rip moved to a function and orig_rax = -1 the function runs from its first "
		 "instruction; restoring the saved registers afterwards re-arms the restart, and "
		 "the read completes",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "5.A4",
	.needs = "arch:x86_64",
	.links = "ptrace-tests erestartsys.c, erestartsys-trap.c; "
		 "https://bugzilla.redhat.com/434995; https://bugzilla.redhat.com/436183",
)
{
	pid_t pid;
	struct par_regs saved, call;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_once, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, PAR_NR_read);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	par_getregs(pid, &saved);
	call = saved;
	call.rip = (uintptr_t)inferior_function;
	/* Below the red zone, aligned as right after a call instruction. */
	call.rsp = ((saved.rsp - 256) & ~15ULL) - 8;
	call.orig_rax = (uint64_t)-1;
	par_setregs(pid, &call);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(par_peekdata(pid, (const void *)&called), 42);
	par_setregs(pid, &saved);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, PAR_NR_read);
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
}
