/* SPDX-License-Identifier: GPL-2.0 */
/*
 * exec for the exec, event, exit and life-cycle cases: exec'ing this very
 * program as a tiny known program (a mode), a private copy of it to exec
 * with other permission bits, and the exec of a thread that is not the
 * leader.
 */
#ifndef PTC_EXEC_H
#define PTC_EXEC_H

#include <stdbool.h>
#include <sys/syscall.h>
#include <sys/types.h>

#include "ptc.h"

/* The case program, exec'd with these arguments, never reaches the case:
 * a constructor runs the mode instead.
 *   exit   exit with code
 *   euid   exit with the low byte of the effective UID
 *   trap   check that SIGTRAP is pending (blocked over the exec; exit 99
 *          if not), make itself undumpable (no core file), rename itself
 *          "ptc-trap" (/proc/<pid>/comm), unblock SIGTRAP, exit with code
 *   park   block in ppoll() (PTC_PARK_NR) until killed: the exec is over
 *          once /proc shows it there */
#define PTC_EXEC_MARK "--ptc-exec"
#define PTC_PARK_NR SYS_ppoll

/* execve("/proc/self/exe", ...) into mode; returns only on failure, which
 * is a failed check in the calling (tracee) process. */
void ptc_exec_self(const char *mode, int code);
/* A tracee body: ptc_exec_self("exit", code) with code = (intptr_t)arg. */
int ptc_exec_tracee(void *code);
/* A tracee body: block SIGTRAP, then exec this program in mode "trap" with
 * code = (intptr_t)arg: the post-exec SIGTRAP waits for the new program. */
int ptc_exec_trap_tracee(void *code);
/* The same through execveat(fd, "", AT_EMPTY_PATH). */
void ptc_exec_fd(int fd, const char *mode, int code);
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

#endif
