// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "signals.h"
#include "x86.h"

PTC_CASE(
	.claim = "Single-stepping a handler all the way through its rt_sigreturn returns to the "
		 "interrupted instruction, every step reporting SIGTRAP (stepping does not stop "
		 "at sigreturn); PTRACE_CONT then brings no spurious SIGTRAP",
	.man = "PTRACE_SINGLESTEP",
	.spec = "5.B10",
	.needs = "arch:x86_64",
	.links = "ptrace-tests step-through-sigret.c; https://bugzilla.redhat.com/441406; "
		 "https://bugzilla.redhat.com/450378",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_raise_usr1_handled, NULL);
	ptc_regs_t regs;
	uint64_t interrupted;
	int steps = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ptc_get_regs(pid, &regs);
	interrupted = regs.rip;
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, SIGUSR1));
	/* The kernel reports this step with ptrace_notify(SIGTRAP): si_code
	 * SIGTRAP, as a syscall-stop would be; only WSTOPSIG is checked. */
	ASSERT_STOP(pid, .sig = SIGTRAP);
	ptc_get_regs(pid, &regs);
	ASSERT_EQ(regs.rip, (uintptr_t)ptc_count_handler);
	do {
		ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGTRAP);
		ptc_get_regs(pid, &regs);
	} while (regs.rip != interrupted && ++steps < 10000);
	EXPECT_EQ(regs.rip, interrupted);
	ptc_log("back at the interrupted instruction after %d steps", steps);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
