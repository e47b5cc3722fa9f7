// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int write_one(void *arg)
{
	syscall(SYS_write, fds[1], "x", 1);
	return 0;
}

PTC_CASE(
	.claim = "A SIGKILL that arrives while the tracee sits in a syscall-enter-stop aborts "
		 "the syscall: the tracee dies without the write() it was entering having run",
	.man = "Syscall-stops; Death under ptrace",
	.spec = "C273",
)
{
	struct ptc_stop st;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_one, NULL);
	ptc_syscall_to_entry(pid, SYS_write);
	ASSERT_OK(kill(pid, SIGKILL));
	/* Some kernels report one last syscall-exit-stop first (5.F31). */
	for (int i = 0; i < 2; i++) {
		st = ptc_next_stop(pid);
		if (st.kind != PTC_SYSCALL_STOP)
			break;
		PTRACE(PTRACE_CONT, pid, 0, 0);
	}
	EXPECT_STOP_IS(&st, .kind = PTC_KILLED, .sig = SIGKILL);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}
