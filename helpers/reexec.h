/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Running the case's own program again as a tiny known program (a mode):
 * the bottom of the exec helpers, used by threads, events, exec and
 * agents. An exec'd image carries PTC_EXEC_MARK in argv and never reaches
 * the case: a constructor runs the mode instead.
 */
#ifndef PTC_REEXEC_H
#define PTC_REEXEC_H

#include <sys/syscall.h>

/* The modes, each with an integer argument code:
 *   exit      exit with code
 *   euid      exit with the low byte of the effective UID
 *   trap      check that SIGTRAP is pending (blocked over the exec; exit 99
 *             if not), make itself undumpable (no core file), rename itself
 *             "ptc-trap" (/proc/<pid>/comm), unblock SIGTRAP, exit with code
 *   park      block in ppoll() (PTC_PARK_NR) until killed: the exec is over
 *             once /proc shows it there
 *   announce  write one byte to descriptor code, then park
 * Modes of other modules (agents.h) run from their own constructors, which
 * come first. */
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
/* The same through execveat(fd, "", AT_EMPTY_PATH); fails the case. */
void ptc_exec_fd(int fd, const char *mode, int code);

/* Open this program now, for ptc_exec_opened: an unprivileged process can
 * then exec it whatever the permissions of the directories above it. Call
 * it while still privileged. */
void ptc_exec_prepare(void);
/* execveat of the program ptc_exec_prepare opened (opening it now if it
 * did not) into mode with a string argument. Returns only on failure,
 * with errno set and nothing logged: agents call it in an exec'd image,
 * where the case's harness state is not theirs. */
void ptc_exec_opened(const char *mode, const char *arg);

#endif
