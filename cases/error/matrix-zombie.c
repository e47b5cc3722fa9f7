// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "On a tracee that has exited but is not yet reaped, every request that needs a "
		 "ptrace-stop fails with ESRCH, ATTACH and SEIZE fail with EPERM, while "
		 "PTRACE_INTERRUPT and PTRACE_KILL still return 0 and change nothing",
	.man = "ERRORS; Death under ptrace",
	.spec = "C016 C021 C149",
)
{
	pid_t pid;
	struct ptc_rq_tracee t = { .seized = 1 };
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

	pid = ptc_start(PTC_SEIZE, 0, ptc_exit_tracee, (void *)7);
	t.pid = pid;
	/* Not waited for: it stays a zombie that the kernel still lists. */
	ptc_wait_state(pid, "Z");
	PTC_RQ_CHECK(&t, "an exited, unreaped tracee", rows);
	/* PTRACE_KILL did not turn the exit into a death by SIGKILL. */
	ASSERT_EXITED(pid, 7);
}
