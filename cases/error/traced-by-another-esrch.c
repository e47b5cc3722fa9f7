// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

static struct ptc_gate stopped;

static int trace_and_hold(void *arg)
{
	pid_t target = *(pid_t *)arg;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, target, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, target, 0, 0));
	ASSERT_EVENT_STOP(target, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_gate_open(&stopped);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "A process stopped for another tracer is not the caller's tracee: every request "
		 "but ATTACH and SEIZE fails with ESRCH, and ATTACH and SEIZE with EPERM",
	.man = "ERRORS",
	.spec = "C017 C148",
)
{
	pid_t target = ptc_fork(ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = target };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(ESRCH),
		{ PTC_RQ_INTERRUPT, ESRCH },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, ESRCH },
		{ PTC_RQ_CONT, ESRCH },
		{ PTC_RQ_DETACH, ESRCH },
		{ PTC_RQ_KILL, ESRCH },
	};

	ptc_gate_init(&stopped);
	ptc_fork(trace_and_hold, &target);
	ptc_gate_wait(&stopped);
	PTC_RQ_CHECK(&t, "a process stopped for another tracer", rows);
	/* Still in the other tracer's stop. */
	EXPECT_EQ(ptc_proc_state(target), 't');
}
