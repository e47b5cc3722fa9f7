// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "x86-regs.h"

PTC_CASE(
	.claim = "PTRACE_SINGLESTEP from a PTRACE_EVENT_FORK stop traps at the fork's return "
		 "from the kernel, before any user instruction: the SIGTRAP stop still shows "
		 "orig_rax = fork and rax = the child's pid",
	.man = "PTRACE_SINGLESTEP; PTRACE_O_TRACEFORK",
	.spec = "5.A8 C117",
	.needs = "arch:x86_64",
	.links = "ptrace-tests step-from-clone.c",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEFORK, par_raw_fork, NULL);
	struct par_regs at_event, regs;
	unsigned long child;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &child));
	par_getregs(pid, &at_event);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_STOP(pid, .sig = SIGTRAP);
	par_getregs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, PAR_NR_fork);
	EXPECT_EQ(regs.rax, child);
	EXPECT_EQ(regs.rip, at_event.rip);
	par_finish_fork(pid, (pid_t)child);
}
