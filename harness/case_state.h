/* SPDX-License-Identifier: GPL-2.0 */
/* The state a case's supervisor (case_main.c) shares with the body and
 * every process it forks, which record into it through the check API
 * (check.c). Internal to those two. */
#ifndef PTC_CASE_STATE_H
#define PTC_CASE_STATE_H

#include "harness.h"

#define DIAG_SIZE 32768
#define TRACE_SLOTS 2048
#define TRACE_LEN 200
#define ABORT_EXIT 121	/* a process ended by a fatal check */

/* Shared by the supervisor, the body and every process the body forks. */
struct shared_state {
	unsigned failures;
	unsigned checks;
	int outcome;
	char outcome_reason[512];
	int done;
	pid_t body;
	unsigned diag_len;
	char diag[DIAG_SIZE];
	unsigned trace_next;
	char trace[TRACE_SLOTS][TRACE_LEN];
};

extern struct shared_state *ptc_case_state;
extern double ptc_case_timeout;

void ptc_diag_append(const char *text);
void ptc_set_outcome_f(int outcome, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
