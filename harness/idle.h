/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Whether a case still makes progress: the supervisor samples every thread
 * of every process below it. When all of them sleep or are stopped (no
 * thread running, none in an uninterruptible wait) and none used CPU time
 * since the last sample, nothing in the case can happen any more: no case
 * sleeps on a timer, so only a hang looks like that. The supervisor then
 * ends the case as a timeout at once instead of at its deadline, naming the
 * states it saw.
 */
#ifndef PTC_IDLE_H
#define PTC_IDLE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct idle_sample {
	bool idle;			/* every thread asleep or stopped */
	unsigned long long cpu;		/* their utime + stime, in clock ticks */
	unsigned long long who;		/* a digest of which threads there are */
	char states[400];		/* "3 t ptrace_stop, 4 S do_wait" */
};

/* Sample the threads of every process below root (root excluded). */
void idle_sample(pid_t root, struct idle_sample *s);

#endif
