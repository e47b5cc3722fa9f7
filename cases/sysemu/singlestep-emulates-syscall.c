// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int fds[2];

static int getppid_then_write(void *arg)
{
	syscall(SYS_getppid);
	EXPECT_EQ(syscall(SYS_write, fds[1], "x", 1), -1);
	return 0;
}

PTC_CASE(
	.claim = "Single-stepping with PTRACE_SYSEMU_SINGLESTEP onto a syscall instruction gives "
		 "a syscall-enter-stop for it, and that syscall is not executed",
	.man = "PTRACE_SYSEMU_SINGLESTEP; Syscall-stops",
	.spec = "C120 C264",
	.since = "2.6.14",
	.needs = "arch:x86_64",
)
{
	struct ptc_stop st;
	pid_t pid;
	int steps;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, getppid_then_write, NULL);
	ptc_syscall_to_exit(pid, SYS_getppid);
	REQUIRE_SUPPORTED(PTRACE(PTRACE_SYSEMU_SINGLESTEP, pid, 0, 0), EIO,
			  PTC_FEAT_SYSEMU);
	/* Step through the syscall() wrapper, one SIGTRAP per instruction. */
	for (steps = 0; steps < 10000; steps++) {
		st = ptc_next_stop(pid);
		if (st.kind != PTC_SIGNAL_STOP || st.sig != SIGTRAP)
			break;
		ASSERT_OK(PTRACE(PTRACE_SYSEMU_SINGLESTEP, pid, 0, 0));
	}
	ASSERT_STOP_IS(&st, .kind = PTC_SYSCALL_STOP);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_write);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_pipe_pending(fds[0]), 0);
}
