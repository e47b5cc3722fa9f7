// SPDX-License-Identifier: GPL-2.0
/*
 * ptc-run: runs case programs, in parallel, and writes the TAP stream to
 * stdout (in a stable order) and the JSON and JUnit results to files.
 *
 * Cleanup is layered: each case program's supervisor kills and reaps what
 * its case created; the runner is a child subreaper too and kills whatever a
 * case program left behind when the runner had to kill the program itself;
 * and as root the whole run lives in its own PID namespace, so nothing
 * outlives the run.
 */
#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>

#include "elf_meta.h"
#include "runner.h"

static const char *const wait_variants[] = { "waitpid", "waitid", "wait4" };

static volatile sig_atomic_t interrupted;

static void usage(FILE *out)
{
	fprintf(out,
		"usage: ptc-run [options] [PATTERN...]\n"
		"Runs the ptrace-conformance cases whose name (group.behaviour[.variant])\n"
		"or group matches a PATTERN (shell glob); all of them without one.\n"
		"\n"
		"  --cases DIR          where the built case programs are (required)\n"
		"  --results DIR        write results.json there (reports/junit.py makes JUnit of it)\n"
		"  -j, --jobs N         cases run at once (default: the number of CPUs)\n"
		"  --list               print the names of the selected cases and exit\n"
		"  --repeat N           run each selected case N times\n"
		"  --shuffle[=SEED]     run in a random order (the seed is printed)\n"
		"  --timeout-scale F    multiply every deadline by F (slow or emulated machines)\n"
		"  --label NAME         the run's name in the results (default: host)\n"
		"  --how HOW            how the kernel ran: host, qemu or uml (default: host)\n"
		"  --abi ABI            the cases' tracee ABI: native or i386 (default: native)\n"
		"  --no-pidns           as root, do not put the run in its own PID namespace\n"
		"  --stream FILE        also write each case's JSON as it starts and ends, one\n"
		"                       line each, to FILE (a VM's results channel)\n"
		"  --kconfig FILE       the running kernel's config (plain or gzip), to judge\n"
		"                       refusals (default: /proc/config.gz, /boot/config-<release>)\n"
		"  --platform[=FACT]    print the platform facts (or one) and exit; with FACT,\n"
		"                       exit 1 when the machine lacks it\n"
		"  -h, --help           this text\n"
		"Exit status: 0 when every result was expected, 1 on any fail, xpass,\n"
		"timeout or error, 2 on bad usage.\n");
}

static void die_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "ptc-run: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n(ptc-run --help for usage)\n");
	exit(2);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) {
		fprintf(stderr, "ptc-run: out of memory\n");
		exit(1);
	}
	return p;
}

/* ---- discovering cases ---------------------------------------------------- */

struct case_prog {
	char path[4096];
	struct ptc_meta meta;
};

static struct case_prog *progs;
static int nprogs;

static void discover(const char *dir, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d) {
		if (depth == 0)
			die_usage("cannot read the cases directory '%s' (run make first?)", dir);
		return;
	}
	while ((e = readdir(d))) {
		char path[4096];
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (stat(path, &st) == -1)
			continue;
		if (S_ISDIR(st.st_mode) && depth < 3) {
			discover(path, depth + 1);
		} else if (S_ISREG(st.st_mode) && (st.st_mode & 0111)) {
			progs = xrealloc(progs, (nprogs + 1) * sizeof(*progs));
			snprintf(progs[nprogs].path, sizeof(progs[nprogs].path), "%s", path);
			if (!elf_read_meta(path, &progs[nprogs].meta)) {
				fprintf(stderr, "ptc-run: %s is not a case program (no case metadata)\n",
					path);
				exit(2);
			}
			nprogs++;
		}
	}
	closedir(d);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct case_prog *)a)->meta.name,
		      ((const struct case_prog *)b)->meta.name);
}

static bool pattern_matches(const char *pat, const char *name, const char *group)
{
	return strcmp(pat, group) == 0 || fnmatch(pat, name, 0) == 0;
}

/* ---- running one job -------------------------------------------------------- */

/* As root, each case program starts as PID 1 of a PID namespace and a
 * mount namespace of its own, with its own /proc: a pid a lying kernel
 * hands it, kill(-1) and a scan of /proc reach only what the case created,
 * never the runner or another case, and when the program ends the kernel
 * ends everything left in its namespace. Like fork() otherwise. */
static pid_t fork_case(const struct run_info *run)
{
	pid_t pid;

	if (!run->case_pidns)
		return fork();
	pid = (pid_t)syscall(SYS_clone, CLONE_NEWPID | CLONE_NEWNS | SIGCHLD, NULL, NULL, NULL,
			     NULL);
	if (pid == 0 && (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1 ||
			 mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == -1)) {
		fprintf(stderr, "ptc-run: the case's own /proc: %s\n", strerror(errno));
		_exit(127);
	}
	return pid;
}

static void start_job(struct job *j, const struct run_info *run)
{
	int out[2], rec[2];
	char scale[32];

	if (pipe2(out, O_CLOEXEC) == -1 || pipe2(rec, O_CLOEXEC) == -1) {
		perror("ptc-run: pipe");
		exit(1);
	}
	snprintf(scale, sizeof(scale), "%g", run->timeout_scale);
	fflush(NULL);
	j->start = now();
	j->pid = fork_case(run);
	if (j->pid == -1) {
		perror("ptc-run: fork");
		exit(1);
	}
	if (j->pid == 0) {
		int null = open("/dev/null", O_RDONLY);
		sigset_t none;

		setpgid(0, 0);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		dup2(null, 0);
		dup2(out[1], 1);
		dup2(out[1], 2);
		dup2(rec[1], 3);
		setenv("PTC_RESULT_FD", "3", 1);
		setenv("PTC_TIMEOUT_SCALE", scale, 1);
		if (j->variant[0])
			setenv("PTC_VARIANT", j->variant, 1);
		else
			unsetenv("PTC_VARIANT");
		execl(j->path, j->path, (char *)NULL);
		fprintf(stderr, "cannot execute %s: %s\n", j->path, strerror(errno));
		_exit(127);
	}
	setpgid(j->pid, j->pid);
	close(out[1]);
	close(rec[1]);
	j->out_fd = out[0];
	j->rec_fd = rec[0];
	j->started = true;
	double base = j->meta.timeout[0] ? atof(j->meta.timeout) : PTC_DEFAULT_TIMEOUT;
	/* The supervisor enforces the case's own deadline; this one catches a
	 * supervisor that itself hangs. */
	j->deadline = j->start + (base + 5) * run->timeout_scale;
}

static void drain(int *fd, struct capture *c)
{
	char chunk[65536];
	ssize_t n = read(*fd, chunk, sizeof(chunk));

	if (n > 0) {
		capture_add(c, chunk, (size_t)n);
	} else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
		close(*fd);
		*fd = -1;
	}
}

/* Kill children of the runner that are no job's program: leftovers of a
 * case program the runner had to kill. */
static void kill_orphans(struct job *jobs, int njobs)
{
	char path[64], buf[8192];
	int fd;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/self/task/%d/children", getpid());
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	for (char *p = buf, *end; *p; p = end) {
		long pid = strtol(p, &end, 10);
		bool is_job = false;

		if (end == p)
			break;
		for (int i = 0; i < njobs; i++)
			if (jobs[i].started && !jobs[i].reaped && jobs[i].pid == pid)
				is_job = true;
		if (!is_job && pid > 1)
			kill((pid_t)pid, SIGKILL);
	}
}

static bool result_like(const char *line, size_t len)
{
	return (len >= 3 && strncmp(line, "ok ", 3) == 0) ||
	       (len >= 7 && strncmp(line, "not ok ", 7) == 0) ||
	       (len >= 11 && strncmp(line, "TAP version", 11) == 0) ||
	       (len >= 3 && strncmp(line, "1..", 3) == 0) ||
	       (len >= 9 && strncmp(line, "# Totals:", 9) == 0);
}

/* The verdict on a finished job, from its record, exit status and output. */
static void judge(struct job *j)
{
	char *rec = j->rec ? j->rec : "";
	enum result reported = RESULT_ERROR;
	bool have = false;

	j->duration_ms = (now() - j->start) * 1e3;
	for (char *line = rec; *line;) {
		char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char word[32];

		if (len > 7 && strncmp(line, "result ", 7) == 0 && len - 7 < sizeof(word)) {
			memcpy(word, line + 7, len - 7);
			word[len - 7] = 0;
			have = result_from_name(word, &reported);
		} else if (len > 7 && strncmp(line, "reason ", 7) == 0) {
			snprintf(j->reason, sizeof(j->reason), "%.*s", (int)(len - 7), line + 7);
		}
		line += len + (nl ? 1 : 0);
	}

	for (char *line = j->out ? j->out : ""; *line;) {
		char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);

		if (result_like(line, len)) {
			j->result = RESULT_ERROR;
			snprintf(j->reason, sizeof(j->reason),
				 "the case printed result-like lines of its own: %.*s", (int)len, line);
			return;
		}
		line += len + (nl ? 1 : 0);
	}

	if (j->runner_timeout) {
		j->result = RESULT_TIMEOUT;
		snprintf(j->reason, sizeof(j->reason),
			 "the case program did not end by its deadline and was killed");
	} else if (!have) {
		j->result = RESULT_ERROR;
		if (WIFSIGNALED(j->status))
			snprintf(j->reason, sizeof(j->reason),
				 "the case program was killed by signal %d without reporting a result",
				 WTERMSIG(j->status));
		else
			snprintf(j->reason, sizeof(j->reason),
				 "the case program exited with status %d without reporting a result",
				 WEXITSTATUS(j->status));
	} else if (!WIFEXITED(j->status) || WEXITSTATUS(j->status) != result_exit_code(reported)) {
		j->result = RESULT_ERROR;
		snprintf(j->reason, sizeof(j->reason),
			 "exit status %d does not match the reported result %s",
			 WIFEXITED(j->status) ? WEXITSTATUS(j->status) : -WTERMSIG(j->status),
			 result_name(reported));
	} else {
		j->result = reported;
	}
}

/* ---- the run ------------------------------------------------------------------ */

static void on_interrupt(int sig)
{
	(void)sig;
	interrupted = 1;
}

static pid_t run_in_namespace;

static void forward_signal(int sig)
{
	kill(run_in_namespace, sig);
}

/* The needs token of a case that must run with no other case beside it. */
static bool runs_alone(const struct job *j)
{
	char needs[sizeof(j->meta.needs)];
	char *save, *tok;

	memcpy(needs, j->meta.needs, sizeof(needs));
	needs[sizeof(needs) - 1] = 0;
	for (tok = strtok_r(needs, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
		if (strcmp(tok, "alone") == 0)
			return true;
	return false;
}

/* results.json as it stands, marked incomplete: a runner that is killed
 * (SIGKILL, a case that took its descriptors) leaves what had finished. */
#define SNAPSHOT_INTERVAL 2.0

static void write_snapshot(struct run_info *run, struct job *jobs, int njobs, double t)
{
	if (!run->results_json[0])
		return;
	run->duration_s = t - run->t0;
	run->snapshot = true;
	write_json(run->results_json, run, jobs, njobs);
	run->snapshot = false;
}

static void run_jobs(struct job *jobs, int njobs, struct run_info *run)
{
	double last_snapshot = now();
	int sfd, running = 0, next = 0, printed = 0;
	bool alone_running = false;
	sigset_t chld;
	struct pollfd *pfd = xrealloc(NULL, (2 * njobs + 1) * sizeof(*pfd));
	int *owner = xrealloc(NULL, (2 * njobs + 1) * sizeof(int));

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);

	printf("TAP version 13\n1..%d\n", njobs);
	print_platform_tap(stdout, run);
	write_snapshot(run, jobs, 0, now());
	if (run->shuffle_seed >= 0)
		printf("# shuffle seed: %ld\n", run->shuffle_seed);
	fflush(stdout);

	while (printed < njobs) {
		int n = 0;
		double wake = now() + 1;

		/* A case that changes a system-wide setting (.needs "alone")
		 * starts only when nothing else runs, and nothing starts beside
		 * it: no other case may see the setting changed. */
		while (!interrupted && running < run->jobs && next < njobs &&
		       !(running > 0 && (runs_alone(&jobs[next]) || alone_running))) {
			alone_running = runs_alone(&jobs[next]);
			start_job(&jobs[next], run);
			stream_job(run->stream_fd, &jobs[next++]);
			running++;
		}
		if (interrupted && running == 0)
			break;

		pfd[n].fd = sfd;
		pfd[n].events = POLLIN;
		owner[n++] = -1;
		for (int i = 0; i < next; i++) {
			struct job *j = &jobs[i];

			if (!j->started || j->finished)
				continue;
			if (j->out_fd >= 0) {
				pfd[n] = (struct pollfd){ .fd = j->out_fd, .events = POLLIN };
				owner[n++] = i;
			}
			if (j->rec_fd >= 0) {
				pfd[n] = (struct pollfd){ .fd = j->rec_fd, .events = POLLIN };
				owner[n++] = i;
			}
			if (!j->reaped && j->deadline < wake)
				wake = j->deadline;
		}
		double left = wake - now();

		poll(pfd, n, left > 0 ? (int)(left * 1000) + 1 : 0);
		for (int k = 1; k < n; k++) {
			struct job *j = &jobs[owner[k]];

			if (!(pfd[k].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			if (pfd[k].fd == j->out_fd)
				drain(&j->out_fd, &j->out_cap);
			else if (pfd[k].fd == j->rec_fd)
				drain(&j->rec_fd, &j->rec_cap);
		}

		struct signalfd_siginfo ssi;

		while (read(sfd, &ssi, sizeof(ssi)) > 0)
			;
		for (;;) {
			int status;
			pid_t pid = waitpid(-1, &status, WNOHANG | __WALL);
			bool known = false;

			if (pid <= 0)
				break;
			for (int i = 0; i < next; i++)
				if (jobs[i].started && !jobs[i].reaped && jobs[i].pid == pid) {
					jobs[i].reaped = true;
					jobs[i].status = status;
					known = true;
					/* Anything the program left behind is an orphan now. */
					kill(-pid, SIGKILL);
				}
			if (known)
				kill_orphans(jobs, next);
		}

		double t = now();

		for (int i = 0; i < next; i++) {
			struct job *j = &jobs[i];

			if (!j->started || j->finished)
				continue;
			if (!j->reaped && (t > j->deadline || interrupted)) {
				j->runner_timeout = !interrupted;
				kill(-j->pid, SIGKILL);
				kill(j->pid, SIGKILL);
			}
			if (j->reaped && (j->out_fd >= 0 || j->rec_fd >= 0) &&
			    (t > j->deadline || interrupted)) {
				/* Something outside the program still holds its pipes. */
				kill_orphans(jobs, next);
				if (j->out_fd >= 0)
					close(j->out_fd), j->out_fd = -1;
				if (j->rec_fd >= 0)
					close(j->rec_fd), j->rec_fd = -1;
			}
			if (j->reaped && j->out_fd < 0 && j->rec_fd < 0) {
				j->finished = true;
				running--;
				j->out = capture_text(&j->out_cap);
				j->rec = capture_text(&j->rec_cap);
				judge(j);
				if (interrupted && !j->runner_timeout && j->result == RESULT_ERROR)
					snprintf(j->reason, sizeof(j->reason), "interrupted");
				stream_job(run->stream_fd, j);
			}
		}
		while (printed < next && jobs[printed].finished) {
			print_tap_job(stdout, &jobs[printed], printed + 1);
			printed++;
		}
		fflush(stdout);
		if (t - last_snapshot >= SNAPSHOT_INTERVAL) {
			write_snapshot(run, jobs, next, t);
			last_snapshot = t;
		}
	}
	if (interrupted) {
		run->interrupted = true;
		printf("# interrupted: %d of %d cases ran\n", printed, njobs);
	}
	close(sfd);
	free(pfd);
	free(owner);
}

/* As root: put the run in a new PID and mount namespace with its own /proc,
 * so that whatever any case leaves dies with the run. The calling process
 * waits for the run and exits with its status. */
static void enter_pid_namespace(void)
{
	sigset_t interrupts, saved;
	pid_t child;
	int status;

	if (unshare(CLONE_NEWPID | CLONE_NEWNS) == -1)
		return;
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1) {
		fprintf(stderr, "ptc-run: cannot make mounts private: %s\n", strerror(errno));
		exit(1);
	}
	/* Interrupts stay blocked across the fork until each side has the
	 * handler it keeps: one that came before the parent forwards would be
	 * lost, and the run would go on. */
	sigemptyset(&interrupts);
	sigaddset(&interrupts, SIGINT);
	sigaddset(&interrupts, SIGTERM);
	sigaddset(&interrupts, SIGHUP);
	sigprocmask(SIG_BLOCK, &interrupts, &saved);
	fflush(NULL);
	child = fork();
	if (child == -1) {
		perror("ptc-run: fork");
		exit(1);
	}
	if (child > 0) {
		/* Forward an interrupt; the run writes what it has and exits. */
		struct sigaction fwd = { .sa_handler = forward_signal };

		run_in_namespace = child;
		sigemptyset(&fwd.sa_mask);
		sigaction(SIGINT, &fwd, NULL);
		sigaction(SIGTERM, &fwd, NULL);
		sigaction(SIGHUP, &fwd, NULL);
		sigprocmask(SIG_SETMASK, &saved, NULL);
		while (waitpid(child, &status, 0) == -1 && errno == EINTR)
			;
		exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
	}
	sigprocmask(SIG_SETMASK, &saved, NULL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == -1) {
		fprintf(stderr, "ptc-run: cannot mount /proc in the run's namespace: %s\n",
			strerror(errno));
		exit(1);
	}
}

/* Whether a case can get a PID namespace of its own (not on a kernel built
 * without nested PID namespaces, say). */
static bool case_namespaces_work(void)
{
	struct run_info probe = { .case_pidns = true };
	int status;
	pid_t pid = fork_case(&probe);

	if (pid == 0)
		_exit(getpid() == 1 ? 0 : 1);
	if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0)
		return true;
	fprintf(stderr, "ptc-run: note: cases cannot get PID namespaces of their own here (%s); "
		"they share the run's\n", pid < 0 ? strerror(errno) : "the probe failed");
	return false;
}

static void shuffle(struct job *jobs, int n, long seed)
{
	srandom((unsigned)seed);
	for (int i = n - 1; i > 0; i--) {
		int k = (int)(random() % (i + 1));
		struct job t = jobs[i];

		jobs[i] = jobs[k];
		jobs[k] = t;
	}
}

static bool make_dirs(const char *dir)
{
	char buf[4096];

	snprintf(buf, sizeof(buf), "%s", dir);
	for (char *p = buf + 1; *p; p++)
		if (*p == '/') {
			*p = 0;
			mkdir(buf, 0755);
			*p = '/';
		}
	return mkdir(buf, 0755) == 0 || errno == EEXIST;
}

static long parse_count(const char *opt, const char *arg, long min)
{
	char *end;
	long v = strtol(arg, &end, 10);

	if (!*arg || *end || v < min)
		die_usage("bad value for %s", opt);
	return v;
}

/* --platform[=FACT]: the facts, one "name state detail" line each. */
static int print_platform(const char *only)
{
	int want = only ? ptc_fact_by_name(only) : -1;

	if (only && want < 0) {
		fprintf(stderr, "ptc-run: unknown platform fact '%s'; known:", only);
		for (int f = 0; f < PTC_FACT_COUNT; f++)
			fprintf(stderr, " %s", ptc_fact_name((enum ptc_fact)f));
		fprintf(stderr, "\n");
		return 2;
	}
	for (int f = 0; f < PTC_FACT_COUNT; f++) {
		const struct ptc_fact_value *v;

		if (only && f != want)
			continue;
		v = ptc_platform_fact((enum ptc_fact)f);
		printf("%s %s %s\n", ptc_fact_name((enum ptc_fact)f), ptc_fact_state_name(v->state),
		       v->detail);
		if (only && v->state == PTC_FACT_NO)
			return 1;
	}
	return 0;
}

/* The kernel config every case judges refusals by: --kconfig, or the
 * usual places; the cases get it (or "none") in PTC_KCONFIG. A config that
 * cannot be read is said once here, and the run goes on without it. */
static void find_kernel_config(const char *path, struct run_info *run)
{
	char why[600];

	if (path)
		setenv(PTC_KCONFIG_ENV, path, 1);
	else
		unsetenv(PTC_KCONFIG_ENV);
	unsetenv(PTC_KCONFIG_FD_ENV);
	if (ptc_kconfig_load(why, sizeof(why))) {
		if (!ptc_kconfig_export())
			setenv(PTC_KCONFIG_ENV, ptc_kconfig_source(), 1);
		snprintf(run->kconfig, sizeof(run->kconfig), "%s", ptc_kconfig_source());
		run->kconfig_note[0] = 0;
		return;
	}
	if (path)
		fprintf(stderr, "ptc-run: --kconfig %s: %s; refusals will be reported as unverified\n",
			path, why);
	setenv(PTC_KCONFIG_ENV, "none", 1);
	run->kconfig[0] = 0;
	snprintf(run->kconfig_note, sizeof(run->kconfig_note), "%s", why);
}

/* The jobs to run: every case program under cases_dir (once per wait
 * flavour for a "wait" case, repeat times each) whose name, group or
 * variant name matches one of the patterns (all without patterns). */
static struct job *select_jobs(const char *cases_dir, char **patterns, int npatterns, int repeat,
			       int *count)
{
	discover(cases_dir, 0);
	qsort(progs, nprogs, sizeof(*progs), by_name);
	for (int i = 1; i < nprogs; i++)
		if (strcmp(progs[i].meta.name, progs[i - 1].meta.name) == 0)
			die_usage("two case programs are named %s", progs[i].meta.name);

	bool *used = calloc(npatterns + 1, sizeof(bool));
	struct job *jobs = NULL;
	int njobs = 0;

	for (int i = 0; i < nprogs; i++) {
		struct case_prog *p = &progs[i];
		bool wait_axis = strcmp(p->meta.variants, "wait") == 0;
		int nvar = wait_axis ? 3 : 1;
		char group[96];

		snprintf(group, sizeof(group), "%.*s", (int)strcspn(p->meta.name, "."), p->meta.name);
		for (int v = 0; v < nvar; v++) {
			char name[128];
			bool selected = npatterns == 0;

			snprintf(name, sizeof(name), "%s%s%s", p->meta.name, wait_axis ? "." : "",
				 wait_axis ? wait_variants[v] : "");
			for (int a = 0; a < npatterns; a++)
				if (pattern_matches(patterns[a], name, group) ||
				    pattern_matches(patterns[a], p->meta.name, group))
					selected = used[a] = true;
			if (!selected)
				continue;
			for (int it = 1; it <= repeat; it++) {
				jobs = xrealloc(jobs, (njobs + 1) * sizeof(*jobs));
				memset(&jobs[njobs], 0, sizeof(*jobs));
				snprintf(jobs[njobs].path, sizeof(jobs[njobs].path), "%s", p->path);
				jobs[njobs].meta = p->meta;
				snprintf(jobs[njobs].variant, sizeof(jobs[njobs].variant), "%s",
					 wait_axis ? wait_variants[v] : "");
				snprintf(jobs[njobs].name, sizeof(jobs[njobs].name), "%s", name);
				jobs[njobs].iteration = it;
				jobs[njobs].out_fd = jobs[njobs].rec_fd = -1;
				/* The record holds at most the trace and diagnostics
				 * the supervisor keeps (about 450 KiB). */
				jobs[njobs].rec_cap.limit = 1 << 20;
				njobs++;
			}
		}
	}
	for (int a = 0; a < npatterns; a++)
		if (!used[a])
			die_usage("no case matches '%s' (ptc-run --cases DIR --list shows them)", patterns[a]);
	free(used);
	*count = njobs;
	return jobs;

}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "cases", required_argument, NULL, 'c' },
		{ "results", required_argument, NULL, 'r' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "list", no_argument, NULL, 'l' },
		{ "repeat", required_argument, NULL, 'R' },
		{ "shuffle", optional_argument, NULL, 's' },
		{ "timeout-scale", required_argument, NULL, 't' },
		{ "label", required_argument, NULL, 'L' },
		{ "how", required_argument, NULL, 'H' },
		{ "abi", required_argument, NULL, 'a' },
		{ "no-pidns", no_argument, NULL, 'N' },
		{ "stream", required_argument, NULL, 'S' },
		{ "kconfig", required_argument, NULL, 'K' },
		{ "platform", optional_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct run_info run = { .label = "host", .how = "host", .abi = "native", .repeat = 1,
				.shuffle_seed = -1, .timeout_scale = 1.0, .stream_fd = -1 };
	const char *cases_dir = NULL, *results_dir = NULL, *stream_path = NULL;
	const char *kconfig = NULL, *platform_fact = NULL;
	bool platform = false;
	bool list = false, pidns = true;
	struct job *jobs = NULL;
	int njobs = 0, c;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	run.jobs = ncpu > 0 ? (int)ncpu : 1;
	while ((c = getopt_long(argc, argv, "j:h", opts, NULL)) != -1) {
		switch (c) {
		case 'c':
			cases_dir = optarg;
			break;
		case 'r':
			results_dir = optarg;
			break;
		case 'j':
			run.jobs = (int)parse_count("--jobs", optarg, 1);
			break;
		case 'l':
			list = true;
			break;
		case 'R':
			run.repeat = (int)parse_count("--repeat", optarg, 1);
			break;
		case 's':
			run.shuffle_seed = optarg ? parse_count("--shuffle", optarg, 0)
						  : (long)(time(NULL) ^ getpid()) & 0x7fffffff;
			break;
		case 't': {
			char *end;

			run.timeout_scale = strtod(optarg, &end);
			if (*end || !(run.timeout_scale > 0))
				die_usage("bad value for --timeout-scale: %s", optarg);
			break;
		}
		case 'L':
			run.label = optarg;
			break;
		case 'H':
			if (strcmp(optarg, "host") && strcmp(optarg, "qemu") && strcmp(optarg, "uml"))
				die_usage("--how takes host, qemu or uml, not '%s'", optarg);
			run.how = optarg;
			break;
		case 'a':
			if (strcmp(optarg, "native") && strcmp(optarg, "i386"))
				die_usage("--abi takes native or i386, not '%s'", optarg);
			run.abi = optarg;
			break;
		case 'N':
			pidns = false;
			break;
		case 'S':
			stream_path = optarg;
			break;
		case 'K':
			kconfig = optarg;
			break;
		case 'P':
			platform = true;
			platform_fact = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (platform)
		return print_platform(platform_fact);
	if (!cases_dir)
		die_usage("%s", "--cases DIR is required");
	find_kernel_config(kconfig, &run);
	ptc_platform_probe_all();
	if (strcmp(run.abi, "i386") == 0 &&
	    ptc_platform_fact(PTC_FACT_EXEC_32BIT)->state == PTC_FACT_NO) {
		char why[300];

		/* Not one 32-bit case could start: one line, not a thousand errors. */
		ptc_fact_skip_reason(PTC_FACT_EXEC_32BIT, why, sizeof(why));
		printf("TAP version 13\n1..0 # SKIP the 32-bit (i386) run: %s\n", why);
		return 0;
	}

	jobs = select_jobs(cases_dir, argv + optind, argc - optind, run.repeat, &njobs);
	if (list) {
		for (int i = 0; i < njobs; i++)
			if (jobs[i].iteration == 1)
				printf("%s\n", jobs[i].name);
		return 0;
	}
	if (njobs == 0)
		die_usage("%s", "no case programs found (run make first?)");
	if (run.shuffle_seed >= 0)
		shuffle(jobs, njobs, run.shuffle_seed);
	if (results_dir && !make_dirs(results_dir))
		die_usage("cannot create the results directory '%s'", results_dir);
	if (stream_path) {
		run.stream_fd = open(stream_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOCTTY,
				     0644);
		if (run.stream_fd == -1)
			die_usage("cannot open the stream '%s'", stream_path);
	}

	struct sigaction sa = { .sa_handler = on_interrupt };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	if (pidns && geteuid() == 0) {
		enter_pid_namespace();
		run.pidns = getpid() == 1;
		run.case_pidns = run.pidns && case_namespaces_work();
	}
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	/* Only a privileged process may attach to a non-dumpable one: an
	 * unprivileged case cannot stop the runner. (Each case program is
	 * dumpable again after its execve.) */
	prctl(PR_SET_DUMPABLE, 0);

	time_t wall = time(NULL);
	double t0 = now();

	run.t0 = t0;
	if (results_dir)
		snprintf(run.results_json, sizeof(run.results_json), "%s/results.json", results_dir);
	strftime(run.started, sizeof(run.started), "%Y-%m-%dT%H:%M:%SZ", gmtime(&wall));
	stream_head(run.stream_fd, &run, jobs, njobs);
	run_jobs(jobs, njobs, &run);
	run.duration_s = now() - t0;
	stream_tail(run.stream_fd, &run, jobs, njobs);

	unsigned counts[RESULT_COUNT] = { 0 };
	bool bad = run.interrupted;

	for (int i = 0; i < njobs; i++)
		if (jobs[i].finished) {
			counts[jobs[i].result]++;
			bad |= result_is_unexpected(jobs[i].result) || jobs[i].result == RESULT_FAIL;
		}
	result_totals_line(stdout, counts);
	if (results_dir) {
		char path[4096];

		snprintf(path, sizeof(path), "%s/results.json", results_dir);
		bad |= !write_json(path, &run, jobs, njobs);
		printf("# %d cases in %.2fs; results in %s/results.json\n", njobs,
		       run.duration_s, results_dir);
	}
	fflush(stdout);
	if (run.interrupted)
		return 130;
	return bad ? 1 : 0;
}
