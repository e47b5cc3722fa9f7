/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Other tracers and waiters, for the attach, detach, tracer-death, death
 * and wait cases: a second tracer in a process of its own (whose death the
 * case can cause and watch), and the view of a real parent that is not the
 * tracer (job-control stops through WUNTRACED and WCONTINUED). Reports to
 * any waiter with any wait flags: ASSERT_REPORT and EXPECT_NO_REPORT
 * (helpers.h).
 */
#ifndef PTC_TRACERS_H
#define PTC_TRACERS_H

#include <sys/types.h>

#include "ptc.h"

/* Run fn(tracee) in a separate process, a tracer whose death the caller
 * can watch, and check that it exited with 0. Returns its pid (reaped). */
pid_t ptc_run_tracer(int (*fn)(pid_t tracee), pid_t tracee);

/* A second tracer, in a process of its own, that works in two phases: fn
 * runs up to ptc_tracer_pause(), the caller of ptc_tracer_start() gets back
 * control there, and ptc_tracer_finish() lets fn run to its end and checks
 * it returned 0. For a tracer that is not the tracee's real parent. */
struct ptc_tracer {
	pid_t pid;			/* the tracer process */
	pid_t tracee;
	int (*fn)(struct ptc_tracer *);
	struct ptc_gate ready, go;
};
void ptc_tracer_start(struct ptc_tracer *t, int (*fn)(struct ptc_tracer *), pid_t tracee);
void ptc_tracer_pause(struct ptc_tracer *t);	/* in fn */
void ptc_tracer_finish(struct ptc_tracer *t);
/* A ready-made fn: seize the tracee, PTRACE_INTERRUPT it, pause while
 * holding it in that PTRACE_EVENT_STOP. */
int ptc_hold_in_event_stop(struct ptc_tracer *t);

/* Check that pid, the caller's child and untraced by now, sits in a
 * job-control stop by sig: it shows 'T' and the caller's WUNTRACED wait
 * reports the stop; after SIGCONT the wait reports WIFCONTINUED, and once
 * gate opens, the exit with code 0. */
void ptc_expect_job_stopped_at(const char *file, int line, pid_t pid, int sig,
			      struct ptc_gate *gate);
#define EXPECT_JOB_STOPPED(pid, sig, gate) \
	ptc_expect_job_stopped_at(__FILE__, __LINE__, pid, sig, gate)

#endif
