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
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <time.h>

#include "case_state.h"
#include "idle.h"
#include "kconfig.h"
#include "platform.h"
#include "result.h"

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
	double give_up = now() + 5 * (ptc_case_timeout > 1 ? ptc_case_timeout : 1);
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
	double window = ptc_case_timeout * IDLE_SHARE;
	struct idle_sample cur;

	idle_sample(getpid(), &cur);
	if (!(cur.idle && last.idle && cur.cpu == last.cpu && cur.who == last.who))
		since = t;
	last = cur;
	if (window < IDLE_MIN_S)
		window = IDLE_MIN_S;
	if (t - since < window)
		return false;
	ptc_set_outcome_f(OUTCOME_TIMEOUT,
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
	ptc_case_timeout = base * (scale && atof(scale) > 0 ? atof(scale) : 1.0);

	ptc_case_state = mmap(NULL, sizeof(*ptc_case_state), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
		     -1, 0);
	if (ptc_case_state == MAP_FAILED) {
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
		return report_result(&res, fd_env, ptc_case_state->diag, 0, NULL, 0);
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
		ptc_case_state->body = getpid();
		ptc_test();
		fflush(NULL);
		ptc_case_state->done = 1;
		_exit(0);
	}
	setpgid(body, body);
	ptc_case_state->body = body;

	if (!wait_body(body, &status, start + ptc_case_timeout + 1)) {
		ptc_set_outcome_f(OUTCOME_TIMEOUT, "the case did not finish within %gs", ptc_case_timeout);
		status = -1;
	}
	if (!clean_up(body))
		ptc_diag_append("harness: processes of the case survived SIGKILL cleanup");

	res.duration_us = (long long)((now() - start) * 1e6);
	classify_result(&res, (enum outcome)ptc_case_state->outcome, ptc_case_state->outcome_reason, ptc_failures(),
			ptc_case_state->checks, ptc_case_state->done, status, ptc_meta.xfail);
	unsigned ntrace = ptc_case_state->trace_next;
	unsigned first = ntrace > TRACE_SLOTS ? ntrace - TRACE_SLOTS : 0;
	const char *trace_lines[TRACE_SLOTS];
	unsigned nlines = 0;

	for (unsigned i = first; i < ntrace; i++)
		trace_lines[nlines++] = ptc_case_state->trace[i % TRACE_SLOTS];
	ptc_case_state->diag[DIAG_SIZE - 1] = 0;
	if (ptc_case_state->diag_len < DIAG_SIZE)
		ptc_case_state->diag[ptc_case_state->diag_len] = 0;
	return report_result(&res, fd_env, ptc_case_state->diag, first, trace_lines, nlines);
}
