/* SPDX-License-Identifier: GPL-2.0 */
/* Result states, their kselftest exit codes and TAP directives, and the
 * record a case hands to the runner: shared by the case supervisor and the
 * runner so both speak the same contract. */
#ifndef PTC_RESULT_H
#define PTC_RESULT_H

#include <stdbool.h>
#include <stdio.h>

struct ptc_meta;

enum result {
	RESULT_PASS,
	RESULT_FAIL,
	RESULT_SKIP,
	RESULT_UNSUPPORTED,
	RESULT_XFAIL,
	RESULT_XPASS,
	RESULT_TIMEOUT,
	RESULT_ERROR,
	RESULT_COUNT
};

/* What the body or a wait deadline decided, besides failed checks. */
enum outcome { OUTCOME_NONE, OUTCOME_SKIP, OUTCOME_UNSUPPORTED, OUTCOME_TIMEOUT };

struct case_result {
	char name[128];
	enum result result;
	char reason[512];
	long long duration_us;
};

const char *result_name(enum result r);		/* "pass", "xfail" ... */
bool result_from_name(const char *s, enum result *r);
int result_exit_code(enum result r);		/* kselftest: 0 pass, 1 fail, 2 xfail, 3 xpass, 4 skip */
bool result_is_unexpected(enum result r);	/* fail, xpass, timeout, error */
/* "ok 3 name # SKIP reason" (no newline) into buf. */
void result_tap_line(char *buf, size_t len, int number, const char *name, enum result r,
		     const char *reason);
/* The kselftest totals line, counting unsupported as skip and timeout as fail. */
void result_totals_line(FILE *out, const unsigned counts[RESULT_COUNT]);

/* Decide a case's result from what the body and its tracees recorded. */
void classify_result(struct case_result *res, enum outcome outcome, const char *outcome_reason,
		     unsigned failures, unsigned checks, int done, int body_status,
		     const char *xfail);

/* Standalone: print TAP and return the exit code. Under the runner
 * (result_fd set): write the record to that descriptor instead. */
int report_result(const struct case_result *res, const char *result_fd, const char *diag,
		  unsigned trace_first, const char *const *trace, unsigned ntrace);

/* JSON string escaping and the case metadata as a JSON object. */
void json_string(FILE *out, const char *s);
void print_meta_json(FILE *out, const struct ptc_meta *m);

#endif
