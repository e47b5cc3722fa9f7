/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the event, option, exec and exit cases: tracee bodies that
 * create a child or a thread in a known way, reading event messages and
 * the siginfo of event stops.
 */
#ifndef PTC_EVENTS_H
#define PTC_EVENTS_H

#include <stdbool.h>
#include <sys/types.h>

#include "ptc.h"

/* ---- event stops ------------------------------------------------------- */

/* PTRACE_GETEVENTMSG of a stopped tracee; the request must succeed. */
unsigned long ptc_eventmsg(pid_t pid);
/* Check the siginfo of the event stop pid is in: si_signo SIGTRAP,
 * si_code (event << 8) | SIGTRAP, si_pid the tracee's TID, si_uid its UID. */
void ptc_check_event_siginfo(pid_t pid, int event);
/* The parent sits in a PTRACE_EVENT_FORK/VFORK/CLONE stop: read the new
 * task's ID from the event message, check it is a plausible pid (> 0) and
 * wait for the new tracee's first stop: PTRACE_EVENT_STOP (SIGTRAP) when
 * seized, a SIGSTOP signal-delivery-stop otherwise. Returns its ID. */
pid_t ptc_take_new_tracee(pid_t parent, bool seized);
/* After a PTRACE_EVENT_FORK stop of pid (TRACEME or ATTACH) and whatever
 * the case did there: let the auto-attached child (its SIGSTOP first) and
 * pid run to their exits (0), pid through the SIGCHLD the child's exit
 * sends it. */
void ptc_finish_fork(pid_t pid, pid_t child);

/* ---- a tracee that creates one child or thread ------------------------ */

enum ptc_spawn_how {
	PTC_SPAWN_FORK,		/* fork() */
	PTC_SPAWN_VFORK,	/* vfork() */
	PTC_SPAWN_THREAD,	/* pthread_create(): clone(CLONE_THREAD ...) */
	PTC_SPAWN_CLONE,	/* clone() with clone_flags (flags | exit signal) */
};

/* The exit signal to give a clone() that must not count as a fork. The
 * spawning tracee blocks it and SIGCHLD: no stop for the child's death. */
#define PTC_SPAWN_EXIT_SIGNAL SIGUSR2

/* The exit code of a spawned child (a thread returns 0). */
#define PTC_SPAWN_CODE 7

/* Shared between the tracer and the tracee running ptc_spawn_tracee:
 * allocate it with ptc_shared() before starting the tracee. */
struct ptc_spawn {
	/* set by the case */
	enum ptc_spawn_how how;
	unsigned long clone_flags;	/* PTC_SPAWN_CLONE only */
	const char *child_exec;	/* non-NULL: the child execs this program in that mode
				 * with code PTC_SPAWN_CODE (a string literal) */
	bool child_pauses;	/* the child waits for a signal instead of exiting */
	bool marker;		/* after reaping the child, raise SIGUSR1 */
	/* set by the tracee */
	pid_t child;		/* what the creating call returned (a thread: its TID) */
	pid_t child_saw;	/* the child's own pid or TID, as it saw it */
	int returned;		/* 1 once the creating call returned in the parent */
	int child_status;	/* the child's wait status, as the parent saw it */
};

/* A tracee body: create the child as s says (with SIGCHLD and
 * PTC_SPAWN_EXIT_SIGNAL blocked); the child records its ID and
 * exits with PTC_SPAWN_CODE (or execs, or pauses). The parent records what
 * the call returned, waits for the child (checking its exit code), raises
 * the SIGUSR1 marker if asked, and returns 0. */
int ptc_spawn_tracee(void *s);
/* Let a spawn that the tracer saw run to its end: resume the parent (in its
 * creation event stop) and the new tracee (in its first stop), collect the
 * child's exit, then the parent's SIGUSR1 marker stop (or, without the
 * marker, the parent's exit with 0). */
void ptc_spawn_finish(struct ptc_spawn *s, pid_t parent, pid_t child);

/* A spawn the tracer must not see: the next report from any tracee is the
 * parent's SIGUSR1 marker (no creation event, no stop of the child), and
 * the parent saw its untraced child exit normally. Needs s->marker. */
void ptc_expect_untraced_spawn(struct ptc_spawn *s, pid_t parent);

#endif
