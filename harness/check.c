// SPDX-License-Identifier: GPL-2.0
/*
 * The check API, called from any process of a case (the body and every
 * tracee it forks): failed checks, logs and the trace are recorded in the
 * state shared with the supervisor (case_main.c), which decides the result
 * from it; skip, unsupported and timeout end the case at once.
 */
#include <stdarg.h>

#include "case_state.h"
#include "result.h"

struct shared_state *ptc_case_state;
double ptc_case_timeout;
enum ptc_wait_flavour ptc_wait_flavour = PTC_WAITPID;

/* ---- recording, from any process of the case ---------------------------- */

void ptc_diag_append(const char *text)
{
	size_t n = strlen(text);
	unsigned at = __atomic_fetch_add(&ptc_case_state->diag_len, (unsigned)n + 1, __ATOMIC_RELAXED);

	if (at + n + 1 > DIAG_SIZE)
		return;
	memcpy(ptc_case_state->diag + at, text, n);
	ptc_case_state->diag[at + n] = '\n';
}

static void diag_vprintf(const char *prefix, const char *fmt, va_list ap)
{
	char line[1024];
	int n = snprintf(line, sizeof(line), "%s", prefix);

	vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	ptc_diag_append(line);
}

static bool in_body(void)
{
	return getpid() == ptc_case_state->body;
}

void ptc_abort(void)
{
	_exit(ABORT_EXIT);
}

static bool decided_not_to_run(void)
{
	int outcome = __atomic_load_n(&ptc_case_state->outcome, __ATOMIC_SEQ_CST);

	return outcome == OUTCOME_SKIP || outcome == OUTCOME_UNSUPPORTED;
}

/* Count and log a failed check; false when it came after the case was
 * abandoned (logged only: the calling process must end). */
static bool record_failure(const char *file, int line, const char *fmt, va_list ap)
{
	bool counts = !decided_not_to_run();
	char prefix[256];
	int n = 0;

	/* A check failing after a skip or unsupported was decided sees the
	 * case being torn down (a child that could not kill its privileged
	 * parent, say): logged, not counted, and this process ends. */
	if (counts) {
		__atomic_fetch_add(&ptc_case_state->failures, 1, __ATOMIC_RELAXED);
		__atomic_fetch_add(&ptc_case_state->checks, 1, __ATOMIC_RELAXED);
	} else {
		n = snprintf(prefix, sizeof(prefix), "after the case was abandoned, not counted: ");
	}
	if (in_body())
		snprintf(prefix + n, sizeof(prefix) - n, "%s:%d: ", file, line);
	else
		snprintf(prefix + n, sizeof(prefix) - n, "%s:%d: in tracee-side check of pid %d: ",
			 file, line, getpid());
	diag_vprintf(prefix, fmt, ap);
	return counts;
}

static bool __attribute__((format(printf, 3, 4)))
failed_check(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	bool counts;

	va_start(ap, fmt);
	counts = record_failure(file, line, fmt, ap);
	va_end(ap);
	if (!counts)
		ptc_abort();
	return false;
}

void ptc_fail_at(const char *file, int line, bool fatal, const char *fmt, ...)
{
	va_list ap;
	bool counts;

	va_start(ap, fmt);
	counts = record_failure(file, line, fmt, ap);
	va_end(ap);
	if (fatal || !counts)
		ptc_abort();
}

bool ptc_bail(bool fatal)
{
	if (fatal)
		ptc_abort();
	return false;
}

bool ptc_check_true(const char *file, int line, const char *text, bool holds)
{
	if (!holds)
		return failed_check(file, line, "expected %s", text);
	ptc_checked();
	return true;
}

/* How the values of a comparison are named: by errno or signal name where
 * one side is written as one (or as errno), else as numbers. */
enum value_kind { PLAIN_VALUE, ERRNO_VALUE, SIGNAL_VALUE };

static enum value_kind kind_of(const char *text, long long v)
{
	if (strcmp(text, "errno") == 0)
		return ERRNO_VALUE;
	if (v > 0 && v < 4096 && text[0] == 'E' && strerrorname_np((int)v) &&
	    strcmp(strerrorname_np((int)v), text) == 0)
		return ERRNO_VALUE;
	if (v > 0 && v <= 64 && (strcmp(ptc_signal_name((int)v), text) == 0 ||
				 (strncmp(text, "SIGRT", 5) == 0 && v >= 32)))
		return SIGNAL_VALUE;
	return PLAIN_VALUE;
}

static const char *value_text(enum value_kind kind, long long v, char *buf, size_t len)
{
	if (kind == ERRNO_VALUE)
		snprintf(buf, len, "%s (%lld)", ptc_errno_name((int)v), v);
	else if (kind == SIGNAL_VALUE)
		snprintf(buf, len, "%s (%lld)", ptc_signal_name((int)v), v);
	else
		snprintf(buf, len, "%lld (%#llx)", v, (unsigned long long)v);
	return buf;
}

bool ptc_check_cmp(const char *file, int line, const char *a_text, const char *op,
		   const char *b_text, long long a, long long b, bool holds)
{
	enum value_kind kind = kind_of(b_text, b);
	char av[80], bv[80];

	if (holds) {
		ptc_checked();
		return true;
	}
	if (kind == PLAIN_VALUE)
		kind = kind_of(a_text, a);
	return failed_check(file, line, "expected %s %s %s: %s vs %s", a_text, op, b_text,
			    value_text(kind, a, av, sizeof(av)), value_text(kind, b, bv, sizeof(bv)));
}

void ptc_checked(void)
{
	__atomic_fetch_add(&ptc_case_state->checks, 1, __ATOMIC_RELAXED);
}

unsigned ptc_failures(void)
{
	return __atomic_load_n(&ptc_case_state->failures, __ATOMIC_RELAXED);
}

static void set_outcome(int outcome, const char *fmt, va_list ap)
{
	int none = OUTCOME_NONE;

	if (__atomic_compare_exchange_n(&ptc_case_state->outcome, &none, outcome, false, __ATOMIC_SEQ_CST,
					__ATOMIC_SEQ_CST))
		vsnprintf(ptc_case_state->outcome_reason, sizeof(ptc_case_state->outcome_reason), fmt, ap);
}

void ptc_set_outcome_f(int outcome, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_outcome(outcome, fmt, ap);
	va_end(ap);
}

/* The case is decided (skip, unsupported): end every process of it at
 * once. Were the body merely to exit, its stopped tracees would be detached
 * and run on, and a check of theirs could then fail a case that never ran.
 * An unprivileged process cannot kill its privileged ancestors: they end at
 * their next failing check (ptc_fail_at) or finish on their own. */
static void __attribute__((noreturn)) abandon(void)
{
	kill(-ptc_case_state->body, SIGKILL);
	_exit(0);
}

void ptc_skip(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_outcome(OUTCOME_SKIP, fmt, ap);
	va_end(ap);
	abandon();
}

void ptc_refused(const char *file, int line, enum ptc_feature f, int err)
{
	char why[512];

	if (ptc_judge_refusal(f, err, why, sizeof(why)) == PTC_REFUSAL_REGRESSED)
		ptc_fail_at(file, line, true, "%s", why);
	ptc_set_outcome_f(OUTCOME_UNSUPPORTED, "%s", why);
	abandon();
}

void ptc_timeout(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_outcome(OUTCOME_TIMEOUT, fmt, ap);
	va_end(ap);
	ptc_abort();
}

void ptc_log(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vprintf("", fmt, ap);
	va_end(ap);
}

void ptc_trace(const char *fmt, ...)
{
	unsigned slot = __atomic_fetch_add(&ptc_case_state->trace_next, 1, __ATOMIC_RELAXED);
	char *entry = ptc_case_state->trace[slot % TRACE_SLOTS];
	int n = 0;
	va_list ap;

	if (!in_body())
		n = snprintf(entry, TRACE_LEN, "[%d] ", getpid());
	va_start(ap, fmt);
	vsnprintf(entry + n, TRACE_LEN - n, fmt, ap);
	va_end(ap);
}

double ptc_deadline_seconds(void)
{
	return ptc_case_timeout;
}

long ptc_check_ok(const char *file, int line, bool fatal, const char *expr, long ret)
{
	if (ret == -1)
		ptc_fail_at(file, line, fatal, "%s failed: %s (%s)", expr,
			    ptc_errno_name(errno), strerror(errno));
	else
		ptc_checked();
	return ret;
}

void ptc_check_errno(const char *file, int line, bool fatal, const char *expr, long ret, int want)
{
	if (ret != -1)
		ptc_fail_at(file, line, fatal, "expected %s to fail with %s, got %ld", expr,
			    ptc_errno_name(want), ret);
	else if (errno != want)
		ptc_fail_at(file, line, fatal, "expected %s to fail with %s, got %s", expr,
			    ptc_errno_name(want), ptc_errno_name(errno));
	else
		ptc_checked();
}
