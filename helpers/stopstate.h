/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers of the signal and stop state-machine cases (groups signal,
 * group-stop, listen, interrupt): signal masks from /proc, bringing a tracee
 * into group-stop, counting signal handlers seen from both sides, small
 * tracee bodies (wait on a gate, read a byte, block a signal), an echo
 * thread that proves it runs, tracees with several traced threads, and
 * walking a tracee to the entry of a given syscall.
 */
#ifndef PTC_STOPSTATE_H
#define PTC_STOPSTATE_H

#include <stdbool.h>
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

/* A tracee body for blocked-signal cases (arg: a struct ptc_blocker set up
 * with ptc_blocker_init before the tracee starts): block the signals in
 * set, open ready, wait for go, unblock them and exit 0. */
struct ptc_blocker {
	sigset_t set;
	struct ptc_gate ready, go;
};
void ptc_blocker_init(struct ptc_blocker *b, int sig);
int ptc_block_until_go(void *blocker);

#endif
