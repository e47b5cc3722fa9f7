// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A SIGCONT sent to a job-stopped process between PTRACE_ATTACH and the tracer's "
		 "first wait does not undo the stop the attach made: the first report is still "
		 "the SIGSTOP group-stop, registers can be read in it (NT_PRSTATUS, and on x86 "
		 "PTRACE_GETREGS and PTRACE_PEEKUSER), and the SIGCONT, which discarded the "
		 "attach's pending SIGSTOP, is the next signal-delivery-stop",
	.man = "PTRACE_ATTACH; Attaching and detaching; Group-stop",
	.spec = "C151 C143 C250",
	.variants = "wait",
	.links = "ptrace-tests: attach-sigcont-wait (its SIGCONT-first expectation is for "
		 "2.6 kernels only)",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);
	ptc_regs_t regs;

	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	EXPECT_TRUE(ptc_proc_has_signal(pid, "SigPnd", SIGSTOP));
	ASSERT_OK(kill(pid, SIGCONT));
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigPnd", SIGSTOP));

	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ptc_get_regs(pid, &regs);
#if PTC_X86
	{
		ptc_regs_t old;
		long ip;

		ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &old));
		EXPECT_EQ(PTC_IP_OF(old), PTC_IP_OF(regs));
		ip = PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_IP, 0);
		EXPECT_EQ(errno, 0);
		EXPECT_EQ((unsigned long)ip, PTC_IP_OF(regs));
	}
#endif
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCONT);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* No SIGSTOP is left to stop it: the next report is the exit. */
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
