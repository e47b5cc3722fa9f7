/* SPDX-License-Identifier: GPL-2.0 */
/*
 * exec setups for the exec, event, exit, /proc and life-cycle cases: a
 * private copy of this program to exec with other permission bits, the
 * exec of a thread that is not the leader, and an exec held up by a traced
 * zombie thread. Running this program in a mode is reexec.h.
 */
#ifndef PTC_EXEC_H
#define PTC_EXEC_H

#include <stdbool.h>
#include <sys/syscall.h>
#include <sys/types.h>

#include "ptc.h"
#include "reexec.h"

/* A private copy of this program: an unnamed file (O_TMPFILE) in a
 * directory that honours set-user-ID bits, owned by the caller, with the
 * given mode applied after the copy. Returns a descriptor of it opened with
 * open_flags (O_RDONLY or O_PATH) for ptc_exec_fd; nothing is ever left on
 * disk. Skips the case when no such directory exists. Needs root for a
 * set-user-ID mode to mean anything. */
int ptc_copy_self(mode_t mode, int open_flags);

/* ---- a non-leader exec ---------------------------------------------------- */

/* What a non-leader exec looks like to the tracer of all three threads
 * (thread 2 execs, threads 0 and 1 wait), seized with TRACEEXIT|TRACEEXEC. */
struct ptc_mt_exec {
	bool exit_event[2];		/* thread 0 / 1 reported PTRACE_EVENT_EXIT */
	unsigned long exit_msg[2];	/* ... with this event message */
	struct ptc_stop other_end;	/* thread 1's final report */
	struct ptc_stop leader_after;	/* the next report under the TGID after its EVENT_EXIT */
	unsigned long exec_msg;		/* GETEVENTMSG at that stop */
};

/* Run the exec: collect both PTRACE_EVENT_EXIT stops (resuming each) and
 * thread 1's death. With take_exec, also wait for the next report under
 * the TGID (the exec stop) and read its event message; without, return
 * before that wait, with the exec stop possibly still unreported. */
void ptc_mt_exec_run(struct ptc_threads *t, struct ptc_mt_exec *r, bool take_exec);
/* Start the standard non-leader exec tracee (code: the exec'd program's
 * exit code), seize all three threads and run it. Returns the TGID. */
pid_t ptc_mt_exec(struct ptc_threads *t, struct ptc_mt_exec *r, int code, bool take_exec);

/* The exec-behind-a-traced-zombie setup (kselftest ptrace/vmaccess): a
 * child whose second thread did PTRACE_TRACEME (so this process traces it)
 * and exited, then whose main thread execs this program ("exit 0"). The
 * exec waits in de_thread until this process reaps the zombie thread.
 * Returns the child's pid once its exec is seen blocked; a child that
 * execs without waiting fails the case. *zombie is the thread's tid. */
pid_t ptc_exec_behind_traced_zombie(pid_t *zombie);

#endif
