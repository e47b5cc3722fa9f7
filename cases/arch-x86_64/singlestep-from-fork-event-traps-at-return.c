// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "events.h"
#include "regs.h"
#include "x86.h"

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
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEFORK, ptc_raw_fork, NULL);
	ptc_regs_t at_event, regs;
	unsigned long child;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &child));
	ptc_get_regs(pid, &at_event);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_STOP(pid, .sig = SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, SYS_fork);
	EXPECT_EQ(regs.rax, child);
	EXPECT_EQ(regs.rip, at_event.rip);
	ptc_finish_fork(pid, (pid_t)child);
#endif
}
