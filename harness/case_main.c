// SPDX-License-Identifier: GPL-2.0
/*
 * The supervisor every case program runs as its main().
 *
 * It checks the case's requirements, forks the body (ptc_test) into its own
 * process group, enforces the deadline, and afterwards kills and reaps every
 * process the case created, whatever state it was left in: it is a child
 * subreaper, so orphans of the case come back to it. The result comes from
 * state shared with the body and every tracee (failed checks, skip,
 * timeout), never from the body's say-so alone.
 *
 * Standalone, it prints a kselftest-style TAP stream and exits with the
 * kselftest code. Under the runner (PTC_RESULT_FD set) it writes one result
 * record to that descriptor and prints nothing itself.
 */
#include <dirent.h>
#include <sched.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <time.h>

#include "idle.h"
#include "kconfig.h"
#include "platform.h"
#include "ptc.h"
#include "result.h"

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

static struct shared_state *state;
static double timeout_seconds;
enum ptc_wait_flavour ptc_wait_flavour = PTC_WAITPID;

/* ---- recording, from any process of the case ---------------------------- */

static void diag_append(const char *text)
{
	size_t n = strlen(text);
	unsigned at = __atomic_fetch_add(&state->diag_len, (unsigned)n + 1, __ATOMIC_RELAXED);

	if (at + n + 1 > DIAG_SIZE)
		return;
	memcpy(state->diag + at, text, n);
	state->diag[at + n] = '\n';
}

static void diag_vprintf(const char *prefix, const char *fmt, va_list ap)
{
	char line[1024];
	int n = snprintf(line, sizeof(line), "%s", prefix);

	vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	diag_append(line);
}

static bool in_body(void)
{
	return getpid() == state->body;
}

void ptc_abort(void)
{
	_exit(ABORT_EXIT);
}

static bool decided_not_to_run(void)
{
	int outcome = __atomic_load_n(&state->outcome, __ATOMIC_SEQ_CST);

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
		__atomic_fetch_add(&state->failures, 1, __ATOMIC_RELAXED);
		__atomic_fetch_add(&state->checks, 1, __ATOMIC_RELAXED);
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
	__atomic_fetch_add(&state->checks, 1, __ATOMIC_RELAXED);
}

unsigned ptc_failures(void)
{
	return __atomic_load_n(&state->failures, __ATOMIC_RELAXED);
}

static void set_outcome(int outcome, const char *fmt, va_list ap)
{
	int none = OUTCOME_NONE;

	if (__atomic_compare_exchange_n(&state->outcome, &none, outcome, false, __ATOMIC_SEQ_CST,
					__ATOMIC_SEQ_CST))
		vsnprintf(state->outcome_reason, sizeof(state->outcome_reason), fmt, ap);
}

static void set_outcome_f(int outcome, const char *fmt, ...)
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
	kill(-state->body, SIGKILL);
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
	set_outcome_f(OUTCOME_UNSUPPORTED, "%s", why);
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
	unsigned slot = __atomic_fetch_add(&state->trace_next, 1, __ATOMIC_RELAXED);
	char *entry = state->trace[slot % TRACE_SLOTS];
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
	return timeout_seconds;
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

/* ---- the supervisor -------------------------------------------------------- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Direct children of this process; orphans of the case land here too. */
static int list_children(pid_t *out, int max)
{
	char path[300], buf[8192];
	int n = 0, fd;
	ssize_t len;

	snprintf(path, sizeof(path), "/proc/self/task/%d/children", getpid());
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		len = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (len < 0)
			len = 0;
		buf[len] = 0;
		for (char *p = buf; *p && n < max;) {
			char *end;
			long v = strtol(p, &end, 10);

			if (end == p)
				break;
			out[n++] = (pid_t)v;
			p = end;
		}
		return n;
	}
	/* No CONFIG_PROC_CHILDREN: scan /proc for our children. */
	DIR *d = opendir("/proc");
	struct dirent *e;

	if (!d)
		return 0;
	while ((e = readdir(d)) && n < max) {
		int ppid = 0;
		char *p;

		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		len = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (len <= 0)
			continue;
		buf[len] = 0;
		p = strrchr(buf, ')');
		if (p && sscanf(p + 1, " %*c %d", &ppid) == 1 && ppid == getpid())
			out[n++] = atoi(e->d_name);
	}
	closedir(d);
	return n;
}

/* Kill and reap everything left of the case. Returns false if something
 * survived the bounded effort (reported as an error: the harness broke). */
static bool clean_up(pid_t body)
{
	double give_up = now() + 5 * (timeout_seconds > 1 ? timeout_seconds : 1);
	pid_t kids[512];
	int n;

	kill(-body, SIGKILL);
	for (;;) {
		n = list_children(kids, 512);
		if (n == 0 && waitpid(-1, NULL, WNOHANG | __WALL) <= 0)
			return true;
		for (int i = 0; i < n; i++)
			if (kids[i] > 0)
				kill(kids[i], SIGKILL);
		/* Reap whatever has died; orphans reparent to us as they appear. */
		while (waitpid(-1, NULL, WNOHANG | __WALL) > 0)
			;
		if (now() > give_up)
			return false;
		sched_yield();
	}
}

/* How often the supervisor looks for progress, and how long a case may
 * make none (idle.h) before it ends as a timeout: well inside its deadline,
 * and scaled with it for slow machines. */
#define IDLE_SAMPLE_S 0.25
#define IDLE_MIN_S 2.0
#define IDLE_SHARE 0.3

/* Whether the case has been idle for the whole window; each call samples. */
static bool stuck(double t)
{
	static struct idle_sample last;
	static double since;
	double window = timeout_seconds * IDLE_SHARE;
	struct idle_sample cur;

	idle_sample(getpid(), &cur);
	if (!(cur.idle && last.idle && cur.cpu == last.cpu && cur.who == last.who))
		since = t;
	last = cur;
	if (window < IDLE_MIN_S)
		window = IDLE_MIN_S;
	if (t - since < window)
		return false;
	set_outcome_f(OUTCOME_TIMEOUT,
		      "no progress for %.1fs: every thread of the case asleep or stopped, no CPU "
		      "time used (tid state wchan: %s)", t - since, cur.states);
	return true;
}

static bool wait_body(pid_t body, int *status, double deadline)
{
	/* PTC_NO_IDLE_DETECTION=1: only the deadline (to measure what the
	 * detection saves, ci/hang-cost.py). */
	const char *off = getenv("PTC_NO_IDLE_DETECTION");
	double next_sample = off && strcmp(off, "1") == 0 ? deadline + 1 : now();
	sigset_t chld;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	for (;;) {
		pid_t r = waitpid(body, status, WNOHANG);
		double left, t = now();
		struct timespec ts;

		if (r == body)
			return true;
		if (t >= next_sample) {
			if (stuck(t))
				return false;
			next_sample = t + IDLE_SAMPLE_S;
		}
		left = (deadline < next_sample ? deadline : next_sample) - t;
		if (deadline - t <= 0)
			return false;
		ts.tv_sec = (time_t)left;
		ts.tv_nsec = (long)((left - ts.tv_sec) * 1e9);
		sigtimedwait(&chld, NULL, &ts);
	}
}

static void parse_variant(const char *v)
{
	static const char *const names[] = { "waitpid", "waitid", "wait4" };

	if (!v || !*v)
		return;
	if (strcmp(ptc_meta.variants, "wait") == 0)
		for (int i = 0; i < 3; i++)
			if (strcmp(v, names[i]) == 0) {
				ptc_wait_flavour = (enum ptc_wait_flavour)i;
				return;
			}
	fprintf(stderr, "%s: unknown variant '%s' (this case has: %s)\n", ptc_meta.name, v,
		ptc_meta.variants[0] ? "waitpid waitid wait4" : "none");
	exit(2);
}

/* Whether this build's tracee ABI is the arch a need names. "x86" is
 * either x86 ABI (x86_64 or i386): a behaviour of the x86 kernel that both
 * native and 32-bit tracees have. */
static bool arch_is(const char *arch)
{
	if (strcmp(arch, "x86") == 0)
		return strcmp(PTC_ARCH, "x86_64") == 0 || strcmp(PTC_ARCH, "i386") == 0;
	return strcmp(arch, PTC_ARCH) == 0;
}

/* A requirement from .needs that this machine does not meet, or NULL. A
 * platform fact (platform.h) that is unknown does not stop the case: only a
 * probe that saw the machine lack it does. */
static const char *unmet_need(bool *bad)
{
	static char why[300];
	char needs[sizeof(ptc_meta.needs)];
	char *save, *tok;

	memcpy(needs, ptc_meta.needs, sizeof(needs));
	for (tok = strtok_r(needs, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		int fact = ptc_fact_by_name(tok);

		if (strcmp(tok, "root") == 0 && geteuid() != 0)
			return "needs root";
		if (strncmp(tok, "arch:", 5) == 0 && !arch_is(tok + 5)) {
			snprintf(why, sizeof(why), "needs arch %s (this is %s)", tok + 5, PTC_ARCH);
			return why;
		}
		if (fact >= 0 && ptc_platform_fact((enum ptc_fact)fact)->state == PTC_FACT_NO) {
			ptc_fact_skip_reason((enum ptc_fact)fact, why, sizeof(why));
			return why;
		}
		if (fact < 0 && strcmp(tok, "root") && strcmp(tok, "alone") && strncmp(tok, "arch:", 5)) {
			snprintf(why, sizeof(why), "unknown need '%s' in .needs", tok);
			*bad = true;
			return why;
		}
	}
	return NULL;
}

int main(int argc, char **argv)
{
	const char *variant = getenv("PTC_VARIANT");
	const char *scale = getenv("PTC_TIMEOUT_SCALE");
	const char *fd_env = getenv("PTC_RESULT_FD");
	struct case_result res = { 0 };
	sigset_t chld, old;
	double start, base;
	int status = 0;
	pid_t body;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--meta") == 0) {
			print_meta_json(stdout, &ptc_meta);
			return 0;
		} else if (strcmp(argv[i], "--variant") == 0 && i + 1 < argc) {
			variant = argv[++i];
		} else {
			fprintf(stderr,
				"usage: %s [--meta] [--variant NAME]\n"
				"  runs the case %s: %s\n",
				argv[0], ptc_meta.name, ptc_meta.claim);
			return 2;
		}
	}
	parse_variant(variant);
	base = ptc_meta.timeout[0] ? atof(ptc_meta.timeout) : PTC_DEFAULT_TIMEOUT;
	timeout_seconds = base * (scale && atof(scale) > 0 ? atof(scale) : 1.0);

	state = mmap(NULL, sizeof(*state), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
		     -1, 0);
	if (state == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	snprintf(res.name, sizeof(res.name), "%s%s%s", ptc_meta.name, variant && *variant ? "." : "",
		 variant && *variant ? variant : "");

	start = now();
	bool bad_need = false;
	const char *need = unmet_need(&bad_need);

	if (need) {
		res.result = bad_need ? RESULT_ERROR : RESULT_SKIP;
		snprintf(res.reason, sizeof(res.reason), "%s", need);
		return report_result(&res, fd_env, state->diag, 0, NULL, 0);
	}

	/* The runner's copy of the kernel config, read now: the body may drop
	 * its privileges, or close descriptors, before it judges a refusal. */
	if (getenv(PTC_KCONFIG_FD_ENV))
		ptc_kconfig_load(NULL, 0);
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &old);
	fflush(NULL);
	body = fork();
	if (body < 0) {
		perror("fork");
		return 1;
	}
	if (body == 0) {
		/* Only the supervisor writes the result record: the body
		 * cannot forge one. */
		if (fd_env) {
			close(atoi(fd_env));
			unsetenv("PTC_RESULT_FD");
		}
		setpgid(0, 0);
		sigprocmask(SIG_SETMASK, &old, NULL);
		state->body = getpid();
		ptc_test();
		fflush(NULL);
		state->done = 1;
		_exit(0);
	}
	setpgid(body, body);
	state->body = body;

	if (!wait_body(body, &status, start + timeout_seconds + 1)) {
		set_outcome_f(OUTCOME_TIMEOUT, "the case did not finish within %gs", timeout_seconds);
		status = -1;
	}
	if (!clean_up(body))
		diag_append("harness: processes of the case survived SIGKILL cleanup");

	res.duration_us = (long long)((now() - start) * 1e6);
	classify_result(&res, (enum outcome)state->outcome, state->outcome_reason, ptc_failures(),
			state->checks, state->done, status, ptc_meta.xfail);
	unsigned ntrace = state->trace_next;
	unsigned first = ntrace > TRACE_SLOTS ? ntrace - TRACE_SLOTS : 0;
	const char *trace_lines[TRACE_SLOTS];
	unsigned nlines = 0;

	for (unsigned i = first; i < ntrace; i++)
		trace_lines[nlines++] = state->trace[i % TRACE_SLOTS];
	state->diag[DIAG_SIZE - 1] = 0;
	if (state->diag_len < DIAG_SIZE)
		state->diag[state->diag_len] = 0;
	return report_result(&res, fd_env, state->diag, first, trace_lines, nlines);
}
