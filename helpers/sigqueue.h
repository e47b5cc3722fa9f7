/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pending signals and signal masks of a tracee, for the siginfo and sigmask
 * cases: a tracee that blocks a set and stops, queuing signals with a value
 * to a process or one thread, PTRACE_PEEKSIGINFO, and the kernel's 64-bit
 * sigset layout (bit n-1 for signal n) that GET/SETSIGMASK and
 * /proc/<tid>/status use.
 */
#ifndef PTC_SIGQUEUE_H
#define PTC_SIGQUEUE_H

#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

/* Start a TRACEME tracee that blocks the signals listed (ending with 0),
 * then stops. Returns with it in a SIGSTOP signal-delivery-stop, the mask
 * in place; resumed, it only waits for signals. */
pid_t ptc_start_blocking(int sig, ...);

/* In the calling process: block keep and wake, count wake with the
 * counting handler (ptc_count_signal), then sigsuspend(2) with only keep
 * blocked, until wake arrives. */
void ptc_sigsuspend_for(int keep, int wake);

/* sigqueue(2) with an int value: process-directed, si_code SI_QUEUE. */
int ptc_sigqueue(pid_t pid, int sig, int value);
/* rt_tgsigqueueinfo(2): the same, directed at one thread. */
int ptc_tgsigqueue(pid_t tgid, pid_t tid, int sig, int value);

/* PTRACE_PEEKSIGINFO of up to nr entries from off into buf. */
long ptc_peeksiginfo(pid_t pid, uint64_t off, uint32_t flags, int32_t nr, siginfo_t *buf);

/* A siginfo_t-sized buffer whose end touches an inaccessible page: entries
 * up to `room` fit, the next one faults. Returns the first entry. */
siginfo_t *ptc_buffer_before_hole(unsigned room);

#endif
