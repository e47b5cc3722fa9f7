// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "After PTRACE_LISTEN the tracee is not in a ptrace-stop: every request that "
		 "needs one fails with ESRCH (LISTEN, CONT and DETACH too), ATTACH and SEIZE "
		 "with EPERM, and only PTRACE_INTERRUPT and PTRACE_KILL succeed",
	.man = "ERRORS; PTRACE_LISTEN",
	.spec = "C016 C127",
	.since = "3.4",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid, .seized = 1 };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(ESRCH),
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, ESRCH },
		{ PTC_RQ_CONT, ESRCH },
		{ PTC_RQ_DETACH, ESRCH },
		{ PTC_RQ_INTERRUPT, PTC_RQ_OK },
		{ PTC_RQ_KILL, PTC_RQ_OK },
	};

	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	PTC_RQ_CHECK(&t, "a seized tracee after PTRACE_LISTEN", rows);
	ASSERT_KILLED(pid, SIGKILL);
}
