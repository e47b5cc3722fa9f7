// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>
#include <sys/user.h>

#include "events.h"

PTC_CASE(
	.claim = "At PTRACE_EVENT_EXIT the registers can still be read and show where the exit "
		 "happened: the exit_group syscall (orig_rax) with the exit code as first argument",
	.man = "PTRACE_O_TRACEEXIT; PTRACE_EVENT stops",
	.spec = "C097",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	struct user_regs_struct regs;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	EXPECT_EQ(regs.orig_rax, SYS_exit_group);
	EXPECT_EQ(regs.rdi, 3);
}
