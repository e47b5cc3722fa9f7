// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "signals.h"
#include "x86.h"

PTC_CASE(
	.claim = "PTRACE_SINGLESTEP from a signal-delivery-stop with that signal injected stops "
		 "(SIGTRAP) at the first instruction of the signal's handler; PTRACE_CONT from "
		 "there runs the handler once and the tracee goes on normally",
	.man = "PTRACE_SINGLESTEP; Signal injection and suppression",
	.spec = "5.B10",
	.needs = "arch:x86_64",
	.links = "ptrace-tests step-into-handler.c",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_raise_usr1_handled, NULL);
	ptc_regs_t regs;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, SIGUSR1));
	/* The kernel reports this step with ptrace_notify(SIGTRAP): si_code
	 * SIGTRAP, as a syscall-stop would be; only WSTOPSIG is checked. */
	ASSERT_STOP(pid, .sig = SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)ptc_count_handler);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
