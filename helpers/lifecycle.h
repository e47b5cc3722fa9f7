/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the cases on a tracee's life cycle: attaching, detaching,
 * tracer death, death under ptrace and waiting. /proc fields the core
 * helpers do not read, reports seen by a waiter other than the tracer (a
 * real parent, with WUNTRACED or WCONTINUED).
 */
#ifndef PTC_LIFECYCLE_H
#define PTC_LIFECYCLE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/types.h>

#include "../harness/ptc.h"

/* Wait for pid's next report with the given wait flags (WUNTRACED,
 * WCONTINUED, WNOHANG, __WALL ...) in this run's wait flavour, classify it
 * and check it: for a waiter that is not the tracer, or for flags the
 * ASSERT_*_STOP macros do not pass. Fails the case when nothing is
 * reported. Under waitid, also checks the si_code matches the report. */
struct ptc_stop lc_expect_report(const char *file, int line, pid_t pid, int flags,
				 struct ptc_want want);
#define LC_ASSERT_REPORT(pid, flags, ...) \
	lc_expect_report(__FILE__, __LINE__, pid, flags, (struct ptc_want){ __VA_ARGS__ })

/* Nothing to report for pid right now (waitpid(WNOHANG) returns 0). */
#define LC_EXPECT_NO_REPORT(pid, flags)                                  \
	do {                                                             \
		int lc_st_;                                              \
		EXPECT_EQ(ptc_wait(pid, &lc_st_, (flags) | WNOHANG), 0); \
	} while (0)

/* ---- tracee bodies ------------------------------------------------------------ */

/* Wait for a gate that only an already forked child opens: this side's
 * write end is closed first, so the child's death fails the wait instead of
 * leaving it hanging. */
void lc_gate_wait_child(struct ptc_gate *gate);

/* Run fn(tracee) in a separate process, a tracer whose death the caller
 * can watch, and check that it exited with 0. Returns its pid (reaped). */
pid_t lc_run_tracer(int (*fn)(pid_t tracee), pid_t tracee);

/* A second tracer, in a process of its own, that works in two phases: fn
 * runs up to lc_tracer_pause(), the caller of lc_tracer_start() gets back
 * control there, and lc_tracer_finish() lets fn run to its end and checks
 * it returned 0. For a tracer that is not the tracee's real parent. */
struct lc_tracer {
	pid_t pid;			/* the tracer process */
	pid_t tracee;
	int (*fn)(struct lc_tracer *);
	struct ptc_gate ready, go;
};
void lc_tracer_start(struct lc_tracer *t, int (*fn)(struct lc_tracer *), pid_t tracee);
void lc_tracer_pause(struct lc_tracer *t);	/* in fn */
void lc_tracer_finish(struct lc_tracer *t);
/* A ready-made fn: seize the tracee, PTRACE_INTERRUPT it, pause while
 * holding it in that PTRACE_EVENT_STOP. */
int lc_hold_in_event_stop(struct lc_tracer *t);

/* Check that pid, the caller's child and untraced by now, sits in a
 * job-control stop by sig: it shows 'T' and the caller's WUNTRACED wait
 * reports the stop; after SIGCONT the wait reports WIFCONTINUED, and once
 * gate opens, the exit with code 0. */
void lc_expect_job_stopped_at(const char *file, int line, pid_t pid, int sig,
			      struct ptc_gate *gate);
#define LC_EXPECT_JOB_STOPPED(pid, sig, gate) \
	lc_expect_job_stopped_at(__FILE__, __LINE__, pid, sig, gate)


#endif
