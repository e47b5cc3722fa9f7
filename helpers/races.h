/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Races for the races cases: a start line two processes leave together,
 * CPU pinning, a tracee whose non-leader thread execs, and settling an
 * attach that raced such an exec. The verdict of a race case never
 * depends on timing: these only make the interesting interleavings likely.
 */
#ifndef PTC_RACES_H
#define PTC_RACES_H

#include <stdbool.h>
#include <sys/types.h>

/* A start line: ptc_spin_wait() busy-waits (bounded, no sleeping, no
 * syscalls) until ptc_spin_release() sets *flag, so that two processes
 * leave it as close together as possible. flag is shared memory. */
void ptc_spin_wait(volatile int *flag);
void ptc_spin_release(volatile int *flag);
/* Burn n loop iterations: varies the interleaving of a race from round to
 * round. Never used to wait for anything. */
void ptc_spin_for(unsigned long n);
/* Pin the calling thread to the which-th CPU it may run on (modulo their
 * number), so that the two sides of a race really run at once. */
void ptc_pin_cpu(int which);
/* Whether fd has something to read, without blocking. */
bool ptc_readable(int fd);
/* Wait (bounded) until fd has something to read. */
void ptc_wait_readable(int fd, const char *what);

/* After a PTRACE_ATTACH of pid that succeeded while pid may vanish (an
 * exec by another thread releases a traced leader without a report):
 * bounded poll until pid reports the attach SIGSTOP (then detached, ESRCH
 * tolerated; returns true; other stops before it are suppressed) or pid is
 * no longer traced by this process (false). A report that is not a stop
 * fails the case. */
bool ptc_settle_attached(pid_t pid);

/* Tracee body for the exec races: a second thread announces itself in
 * *ready (if set), waits for *go (if set), then execs this program in mode
 * "announce", which writes a byte to note_fd; the leader idles. Call
 * ptc_exec_prepare() before starting it. */
struct ptc_exec_race {
	int note_fd;
	volatile int *ready, *go;
};
int ptc_exec_from_thread(void *race);

#endif
