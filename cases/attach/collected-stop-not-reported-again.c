// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

/* Another process attaches to the stopped child, checks the stop it finds
 * is a ptrace-stop, holds it, then detaches. */
static int attach_hold_detach(struct ptc_tracer *t)
{
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_ATTACH, t->tracee, 0, 0));
	ASSERT_GROUP_STOP(t->tracee, SIGSTOP);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, t->tracee, 0, &si), EINVAL);
	EXPECT_OK(PTRACE(PTRACE_SETOPTIONS, t->tracee, 0, PTRACE_O_TRACESYSGOOD));
	ptc_tracer_pause(t);
	ASSERT_OK(PTRACE(PTRACE_DETACH, t->tracee, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "A job-control stop its real parent has already collected (WUNTRACED) stays "
		 "collected across another process's attach and detach: the attach turns it into "
		 "a ptrace group-stop (PTRACE_GETSIGINFO EINVAL, PTRACE_SETOPTIONS accepted), the "
		 "detach puts the process back in its stop without a new report to the parent, "
		 "and a SIGCONT then gives the parent WIFCONTINUED",
	.man = "Attaching and detaching; Group-stop; PTRACE_DETACH",
	.spec = "C151 C170 C052 5.E27",
	.variants = "wait",
	.links = "ptrace-tests: stopped-attach-transparency (the stop eaten before "
		 "attach/detach); gVisor ptrace.cc: TEST(PtraceTest, AttachingConvertsGroupStopToPtraceStop)",
)
{
	struct ptc_gate gate;
	struct ptc_tracer other;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate, &gate);

	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	ASSERT_REPORT(pid, WUNTRACED, .kind = PTC_JOBCTL_STOP, .sig = SIGSTOP);

	ptc_tracer_start(&other, attach_hold_detach, pid);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_NO_REPORT(pid, WUNTRACED | WCONTINUED);
	ptc_tracer_finish(&other);

	/* Back in its group-stop: the kernel is done with the detach. */
	ptc_wait_untraced(pid);
	ptc_wait_state(pid, "T");
	EXPECT_NO_REPORT(pid, WUNTRACED | WCONTINUED);

	ASSERT_OK(kill(pid, SIGCONT));
	ASSERT_REPORT(pid, WUNTRACED | WCONTINUED, .kind = PTC_CONTINUED);
	ptc_gate_open(&gate);
	ASSERT_REPORT(pid, WUNTRACED | WCONTINUED, .kind = PTC_EXITED, .code = 0);
}
