/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Signals for the signal, group-stop, listen, interrupt, siginfo and
 * sigmask cases: bringing a tracee into group-stop, counting handlers seen
 * from both sides, tracees that block signals, queuing signals with a
 * value to a process or one thread, PTRACE_PEEKSIGINFO, and processes in
 * which a signal stays pending or ends them when handled. Pending and
 * blocked masks from /proc are ptc_proc_has_signal (helpers.h).
 */
#ifndef PTC_SIGNALS_H
#define PTC_SIGNALS_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "helpers.h"

/* Send the stopping signal sig to a tracee that is running, wait for its
 * signal-delivery-stop, inject sig and wait for the group-stop that follows:
 * PTRACE_EVENT_STOP(sig) if seized, otherwise a group-stop whose
 * PTRACE_GETSIGINFO fails with EINVAL. Returns with the tracee in it. */
void ptc_enter_group_stop(pid_t pid, bool seized, int sig);

/* Counting signal handlers. Install them in the tracer before it starts the
 * tracee, which inherits them across fork (so no signal can arrive before
 * the handler is in place); the counts and the siginfo of the last delivery
 * live in shared memory, read by either side. flags are sa_flags
 * (SA_SIGINFO is always added; SA_RESTART only if given). */
void ptc_count_signal(int sig, int flags);
/* That counting handler itself (a tracer compares the ip with it). */
void ptc_count_handler(int sig, siginfo_t *si, void *ctx);
unsigned ptc_signal_count(int sig);
const siginfo_t *ptc_signal_info(int sig);

/* Init go and seize a new tracee running ptc_wait_gate(go), with a counting
 * handler for counted_sig if it is not 0. */
pid_t ptc_seize_gated(struct ptc_gate *go, int counted_sig);
/* For a tracee running ptc_wait_gate(go), stopped in a stop that is not a
 * signal-delivery-stop: restart it with PTRACE_CONT and sig, open go and
 * check that sig was ignored: the next report is the exit, and sig's
 * counting handler (if any) never ran. */
void ptc_expect_restart_signal_ignored(pid_t pid, struct ptc_gate *go, int sig);

/* Block sig in the calling thread. */
void ptc_block_signal(int sig);
/* A tracee body: count SIGUSR1 with ptc_count_signal, raise it once, check
 * the handler ran once; returns 0. */
int ptc_raise_usr1_handled(void *unused);

/* A tracee body for blocked-signal cases (arg: a struct ptc_blocker set up
 * with ptc_blocker_init before the tracee starts): block the signals in
 * set, open ready, wait for go, unblock them and exit 0. */
struct ptc_blocker {
	sigset_t set;
	struct ptc_gate ready, go;
};
void ptc_blocker_init(struct ptc_blocker *b, int sig);
int ptc_block_until_go(void *blocker);

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

/* A tracee body: ptc_wait_gate with handlers for SIGUSR1 and SIGUSR2 that end the process
 * at once with exit code PTC_HANDLED(sig): a handled signal is seen in the
 * exit code, an unhandled one leaves the exit code 0. */
int ptc_wait_gate_or_handle(void *gate);
#define PTC_HANDLED(sig) (100 + (sig))

/* A process held in a killable sleep, where signals sent to it stay pending
 * without waking it: it vforks a child that waits on the gate. Once the
 * gate opens it returns from vfork() and exits with the number of SIGUSR1
 * its handler ran for (SIGCHLD is ignored, so the vfork child leaves no
 * signal behind). ptc_start_held() forks it (counting SIGUSR1 with
 * ptc_count_signal) and returns when it sleeps. */
pid_t ptc_start_held(struct ptc_gate *gate);

#endif
