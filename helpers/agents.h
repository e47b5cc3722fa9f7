/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Agents: child processes that run ptrace and prctl commands sent to them
 * over a pipe, so that a case can drive an unprivileged tracer and tracee
 * that are not each other's ancestors (the Yama cases); and the Yama
 * checks built on them.
 */
#ifndef PTC_AGENTS_H
#define PTC_AGENTS_H

#include <stdbool.h>
#include <sys/types.h>

/* A child process serving commands; it drops privileges first when asked.
 * Each command returns a long (an errno, a tid, a pid: see the ops). */
struct ptc_agent {
	pid_t pid;
	int cmd, resp;	/* our ends of its command and reply pipes */
};

enum ptc_agent_op {
	PTC_AGENT_ATTACH,	/* PTRACE_ATTACH arg, wait for the stop, detach: 0 or errno */
	PTC_AGENT_ATTACH_KEEP,	/* PTRACE_ATTACH arg, wait for the stop, PTRACE_CONT: 0 or errno */
	PTC_AGENT_CHECK_TRACEE,	/* stop the kept tracee arg, PEEKDATA, read /proc/arg/mem,
				   detach: 0 or the first errno */
	PTC_AGENT_PTRACER,	/* prctl(PR_SET_PTRACER, arg) in the main thread: 0 or errno */
	PTC_AGENT_THREAD,	/* start the second thread: its tid */
	PTC_AGENT_THREAD_PTRACER, /* prctl(PR_SET_PTRACER, arg) in the second thread */
	PTC_AGENT_THREAD_EXIT,	/* the second thread exits; returns once it is gone: 0 */
	PTC_AGENT_THREAD_EXEC,	/* the second thread execs the agent again: the new pid */
	PTC_AGENT_EXEC,		/* the main thread execs the agent again: the new pid */
	PTC_AGENT_FORK,		/* fork a child that pauses: its pid */
	PTC_AGENT_GETPID,	/* the agent's pid */
};

void ptc_agent_start(struct ptc_agent *a, bool unprivileged);
long ptc_agent_call(struct ptc_agent *a, enum ptc_agent_op op, long arg);

/* ---- Yama ---------------------------------------------------------------- */

/* Under ptrace_scope 1 (the case runs in ptc_with_yama_scope(1, ...), with
 * .needs "root alone": the setting is system-wide), start an unprivileged
 * tracee agent *tracee and an unprivileged tracer agent *tracer, siblings
 * (neither descends from the other), and check the tracer cannot attach
 * yet (EPERM). */
void ptc_yama_pair(struct ptc_agent *tracee, struct ptc_agent *tracer);
/* Let the RCU-deferred freeing of exited tasks (where Yama drops
 * exceptions) have its grace period before a check (membarrier). */
void ptc_rcu_settle(void);
/* Bounded poll: the agent's PTRACE_ATTACH of target succeeds (and is
 * undone) until it fails with EPERM; any other result fails the case. Yama
 * drops exceptions when the task concerned is freed, an RCU grace period
 * after it exits, hence a poll. */
void ptc_attach_until_eperm(struct ptc_agent *tracer, pid_t target);

#endif
