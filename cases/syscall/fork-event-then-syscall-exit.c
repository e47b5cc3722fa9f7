// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "events.h"
#include "regs.h"
#include "x86.h"

PTC_CASE(
	.claim = "Resuming a PTRACE_EVENT_FORK stop with PTRACE_SYSCALL gives the fork's "
		 "syscall-exit-stop, with orig_rax = fork and rax = the new child's pid",
	.man = "PTRACE_O_TRACEFORK; Syscall-stops",
	.spec = "5.A8",
	.needs = "arch:x86_64",
	.links = "ptrace-tests syscall-from-clone.c",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK, ptc_raw_fork,
			      NULL);
	ptc_regs_t regs;
	unsigned long child;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &child));
	ASSERT_GT(child, 0);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, SYS_fork);
	EXPECT_EQ(regs.rax, child);
	/* The auto-attached child starts with SIGSTOP; let both finish. */
	ptc_finish_fork(pid, (pid_t)child);
#endif
}
