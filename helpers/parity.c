// SPDX-License-Identifier: GPL-2.0
/* Re-executing the case binary in a role, bounded polls, Yama probes and
 * command-driven agent processes; see parity.h. */
#include <fcntl.h>
#include <linux/membarrier.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <stddef.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>

#include "ptc.h"
#include "access.h"
#include "parity.h"
#include "seccomp.h"
#include "signals.h"

#ifndef PR_SET_PTRACER
#define PR_SET_PTRACER 0x59616d61
#endif

/* True in an image started by par_exec_role: the harness's shared state
 * belongs to the image before exec, so nothing here may log or check
 * through it; ptrace and wait go straight to libc. */
static bool exec_image;
static int exe_fd = -1;

/* The bound of a poll: the case's deadline, or a fixed one in an exec'd
 * image (its supervisor's deadline still ends the whole case). */
static double poll_seconds(void)
{
	return exec_image ? 60 : ptc_deadline_seconds();
}

/* ---- re-executing the case binary ------------------------------------------- */

void par_exec_prepare(void)
{
	if (exe_fd < 0)
		exe_fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (exe_fd < 0 && !exec_image)
		PTC_FAIL(true, "opening /proc/self/exe: %s", ptc_errno_name(errno));
}

void par_exec_role(const char *role, const char *arg)
{
	char role_env[64], arg_env[128];
	char *argv[] = { "ptc-role", NULL };
	char *envp[] = { role_env, arg_env, NULL };

	par_exec_prepare();
	snprintf(role_env, sizeof(role_env), "PAR_ROLE=%s", role);
	snprintf(arg_env, sizeof(arg_env), "PAR_ARG=%s", arg ? arg : "");
	fflush(NULL);
	syscall(SYS_execveat, exe_fd, "", argv, envp, AT_EMPTY_PATH);
	if (!exec_image)
		PTC_FAIL(true, "execveat of the case binary (role %s): %s", role,
			 ptc_errno_name(errno));
	_exit(127);
}

static void agent_serve(int cmd, int resp, bool announce) __attribute__((noreturn));

/* Runs before main() in an image started by par_exec_role. */
__attribute__((constructor)) static void par_role_main(void)
{
	const char *role = getenv("PAR_ROLE");
	const char *arg = getenv("PAR_ARG");
	int cmd, resp;

	if (!role)
		return;
	exec_image = true;
	par_exec_prepare();
	if (strcmp(role, "exit") == 0)
		_exit(arg ? atoi(arg) : 0);
	if (strcmp(role, "pause") == 0) {
		int fd = arg ? atoi(arg) : -1;

		if (fd >= 0 && write(fd, "x", 1) != 1)
			_exit(126);
		for (;;)
			pause();
	}
	if (strcmp(role, "agent") == 0 && arg && sscanf(arg, "%d,%d", &cmd, &resp) == 2) {
		/* An unprivileged exec of a binary the user cannot read would
		 * leave the agent non-dumpable, hence unattachable: agents stand
		 * for ordinary user programs. */
		prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
		agent_serve(cmd, resp, true);
	}
	_exit(127);
}

/* ---- polls and small things --------------------------------------------------- */

void par_poll(bool (*cond)(void *), void *arg, const char *what)
{
	double give_up = ptc_now() + poll_seconds();

	while (!cond(arg)) {
		if (ptc_now() > give_up)
			ptc_timeout("%s did not happen within %gs", what, poll_seconds());
		sched_yield();
	}
	ptc_trace("%s", what);
}

bool par_blocked_or_report(pid_t pid, long nr, struct ptc_stop *st)
{
	double give_up = ptc_now() + poll_seconds();
	int status;
	char s;

	ptc_require_proc_syscall();
	for (;;) {
		s = ptc_proc_state(pid);
		/* Zombie, stopped or gone: a report is waiting (or about to be). */
		if ((s == 'Z' || s == 't' || s == 'T' || s == 0) &&
		    ptc_wait(pid, &status, __WALL | WNOHANG) == pid) {
			*st = ptc_classify(pid, status);
			return false;
		}
		if ((s == 'S' || s == 'D') && ptc_proc_syscall(pid) == nr) {
			ptc_trace("pid %d is blocked in syscall %ld", pid, nr);
			return true;
		}
		if (ptc_now() > give_up)
			ptc_timeout("pid %d neither reported nor blocked in syscall %ld (state %c)",
				    pid, nr, s ? s : '-');
		sched_yield();
	}
}

struct ptc_stop par_report_unless_blocked(pid_t pid, long nr, const char *what_if_blocked)
{
	struct ptc_stop st;

	if (par_blocked_or_report(pid, nr, &st))
		PTC_FAIL(true, "pid %d is blocked in syscall %ld: %s", pid, nr, what_if_blocked);
	return st;
}

struct thread_run {
	void *(*fn)(void *);
	void *arg;
	volatile int done;
};

static void *run_and_mark(void *p)
{
	struct thread_run *r = p;

	r->fn(r->arg);
	__atomic_store_n(&r->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

bool par_thread_returns(void *(*fn)(void *), void *arg, long nr, pid_t *tid)
{
	/* Static: a blocked thread may outlive this call. */
	static struct thread_run runs[8];
	static int used;
	struct thread_run *r = &runs[used++ % 8];
	double give_up = ptc_now() + poll_seconds();

	ptc_require_proc_syscall();
	r->fn = fn;
	r->arg = arg;
	r->done = 0;
	*tid = ptc_thread_start(run_and_mark, r);
	for (;;) {
		if (__atomic_load_n(&r->done, __ATOMIC_ACQUIRE))
			return true;
		if (strchr("SD", ptc_proc_state(*tid) ?: 'X') && ptc_proc_syscall(*tid) == nr &&
		    !__atomic_load_n(&r->done, __ATOMIC_ACQUIRE)) {
			ptc_trace("thread %d is blocked in syscall %ld", *tid, nr);
			return false;
		}
		if (ptc_now() > give_up)
			ptc_timeout("thread %d neither returned nor blocked in syscall %ld", *tid, nr);
		sched_yield();
	}
}

bool par_settle_attached(pid_t pid)
{
	double give_up = ptc_now() + poll_seconds();
	int status;
	pid_t r;

	for (;;) {
		char s = ptc_proc_state(pid);

		/* Only a stopped (or dead) task can have a report: no trace flood. */
		r = strchr("tTZX", s ?: 'X') ? ptc_wait(pid, &status, __WALL | WNOHANG) : 0;
		if (r == pid) {
			if (!WIFSTOPPED(status))
				PTC_FAIL(true, "pid %d: unexpected report %#x after attach", pid, status);
			/* Other stops may come before the attach SIGSTOP (an exec's
			 * SIGTRAP, say): suppress them and go on until it comes, or
			 * the SIGSTOP would stop the detached task for good. */
			if (WSTOPSIG(status) == SIGSTOP) {
				if (PTRACE(PTRACE_DETACH, pid, 0, 0) == -1 && errno != ESRCH)
					PTC_FAIL(true, "PTRACE_DETACH(%d): %s", pid,
						 ptc_errno_name(errno));
				return true;
			}
			if (PTRACE(PTRACE_CONT, pid, 0, 0) == -1 && errno != ESRCH)
				PTC_FAIL(true, "PTRACE_CONT(%d): %s", pid, ptc_errno_name(errno));
			continue;
		}
		if (ptc_proc_tracer(pid) != getpid())
			return false;
		if (ptc_now() > give_up)
			ptc_timeout("pid %d, attached, neither stopped nor went away", pid);
		sched_yield();
	}
}

void par_spin_wait(volatile int *flag)
{
	double give_up = ptc_now() + poll_seconds();

	for (unsigned long i = 1; !__atomic_load_n(flag, __ATOMIC_ACQUIRE); i++)
		if (!(i & 0xfffff) && ptc_now() > give_up)
			ptc_timeout("a start line was never released");
}

void par_spin_release(volatile int *flag)
{
	__atomic_store_n(flag, 1, __ATOMIC_RELEASE);
}

void par_spin_for(unsigned long n)
{
	for (volatile unsigned long i = 0; i < n; i++)
		;
}

void par_pin_cpu(int which)
{
	static cpu_set_t allowed;
	static int n = -1;
	cpu_set_t one;
	int seen = 0;

	if (n < 0) {
		if (sched_getaffinity(0, sizeof(allowed), &allowed) == -1)
			return;
		n = CPU_COUNT(&allowed);
	}
	if (n <= 0)
		return;
	for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &allowed) && seen++ == which % n) {
			CPU_ZERO(&one);
			CPU_SET(cpu, &one);
			sched_setaffinity(0, sizeof(one), &one);
			return;
		}
}

bool par_readable(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	return poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLIN | POLLHUP));
}

void par_wait_readable(int fd, const char *what)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	while (poll(&pfd, 1, (int)(poll_seconds() * 1000)) == -1 && errno == EINTR)
		;
	if (!(pfd.revents & (POLLIN | POLLHUP)))
		ptc_timeout("%s did not happen within %gs", what, poll_seconds());
}

static bool gone(void *arg)
{
	char path[48];

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)(intptr_t)arg);
	return access(path, F_OK) == -1 && errno == ENOENT;
}

void par_wait_gone(pid_t tid)
{
	char what[64];

	snprintf(what, sizeof(what), "tid %d is gone", tid);
	par_poll(gone, (void *)(intptr_t)tid, what);
}

static pid_t *zombie_tid;

static void *traceme_and_exit(void *arg)
{
	*zombie_tid = ptc_gettid();
	if (PTRACE(PTRACE_TRACEME, 0, 0, 0) == -1)
		PTC_FAIL(true, "PTRACE_TRACEME from a thread: %s", ptc_errno_name(errno));
	return NULL;
}

static int thread_traceme_then_exec(void *arg)
{
	pthread_t t;

	if (pthread_create(&t, NULL, traceme_and_exit, NULL) != 0 || pthread_join(t, NULL) != 0)
		PTC_FAIL(true, "starting the TRACEME thread failed");
	par_exec_role("exit", "0");
	return 1;
}

pid_t par_exec_behind_traced_zombie(pid_t *zombie)
{
	struct ptc_stop st;
	pid_t pid;

	zombie_tid = ptc_shared(sizeof(*zombie_tid));
	par_exec_prepare();
	pid = ptc_fork(thread_traceme_then_exec, NULL);
	if (!par_blocked_or_report(pid, SYS_execveat, &st)) {
		char d[96];

		PTC_FAIL(true, "the exec did not wait for the traced zombie thread: %s",
			 ptc_describe_stop(&st, d, sizeof(d)));
	}
	*zombie = *zombie_tid;
	return pid;
}

struct worker_req {
	long (*fn)(void *);
	void *arg;
};

static void *worker_main(void *p)
{
	struct par_worker *w = p;
	struct worker_req r;
	long ret;

	while (read(w->req[0], &r, sizeof(r)) == sizeof(r)) {
		if (!r.fn)
			syscall(SYS_exit, 0);
		ret = r.fn(r.arg);
		if (write(w->resp[1], &ret, sizeof(ret)) != sizeof(ret))
			break;
	}
	return NULL;
}

void par_worker_start(struct par_worker *w)
{
	if (pipe2(w->req, O_CLOEXEC) == -1 || pipe2(w->resp, O_CLOEXEC) == -1)
		PTC_FAIL(true, "pipe2: %s", ptc_errno_name(errno));
	w->tid = ptc_thread_start(worker_main, w);
	ptc_trace("worker thread %d started", w->tid);
}

long par_worker_run(struct par_worker *w, long (*fn)(void *), void *arg)
{
	struct worker_req r = { .fn = fn, .arg = arg };
	struct pollfd pfd = { .fd = w->resp[0], .events = POLLIN };
	long ret;

	if (write(w->req[1], &r, sizeof(r)) != sizeof(r))
		PTC_FAIL(true, "worker %d: %s", w->tid, ptc_errno_name(errno));
	while (poll(&pfd, 1, (int)(ptc_deadline_seconds() * 1000)) == -1 && errno == EINTR)
		;
	if (!(pfd.revents & POLLIN))
		ptc_timeout("worker thread %d did not finish its call", w->tid);
	if (read(w->resp[0], &ret, sizeof(ret)) != sizeof(ret))
		PTC_FAIL(true, "worker %d: no answer", w->tid);
	return ret;
}

void par_worker_exit(struct par_worker *w)
{
	struct worker_req r = { .fn = NULL };

	if (write(w->req[1], &r, sizeof(r)) != sizeof(r))
		PTC_FAIL(true, "worker %d: %s", w->tid, ptc_errno_name(errno));
	par_wait_gone(w->tid);
}

int par_raise_usr1_handled(void *unused)
{
	ptc_count_signal(SIGUSR1, 0);
	raise(SIGUSR1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 1);
	return 0;
}

void par_block_signal(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
}

int par_open_proc(pid_t pid, const char *name, int flags)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/%s", pid, name);
	return open(path, flags | O_CLOEXEC);
}

ssize_t par_read_proc(pid_t pid, const char *name, char *buf, size_t len)
{
	int fd = par_open_proc(pid, name, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, len - 1);
	n = n < 0 ? -errno : n;
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	return n;
}

static void *exec_race_thread(void *p)
{
	struct par_exec_race *race = p;
	char fd[16];

	snprintf(fd, sizeof(fd), "%d", race->note_fd);
	if (race->ready)
		par_spin_release(race->ready);
	if (race->go)
		par_spin_wait(race->go);
	par_exec_role("pause", fd);
	return NULL;
}

int par_exec_from_thread(void *race)
{
	ptc_thread_start(exec_race_thread, race);
	return ptc_idle(NULL);
}

/* 0, or the errno installing a filter fails with. */
static int try_seccomp(void *unused)
{
	return ptc_seccomp_allow_all(1, 0) == 0 ? 0 : errno;
}

void par_require_seccomp_filter(void)
{
	int err = ptc_probe(try_seccomp, NULL);

	ASSERT_NE(err, PTC_PROBE_DIED);
	if (err == EINVAL)
		PTC_REFUSED(PTC_FEAT_SECCOMP_FILTER, err);
	ASSERT_EQ(err, 0);
}

/* ---- agents ------------------------------------------------------------------------ */

struct agent_msg {
	int op;
	long arg;
};

/* ptrace and wait of an agent: logged through the harness in the case's own
 * image, straight to libc in an exec'd one. */
static long agent_ptrace(long req, pid_t pid, unsigned long addr, unsigned long data)
{
	if (exec_image) {
		errno = 0;
		return ptrace(req, pid, addr, data);
	}
	return PTRACE(req, pid, addr, data);
}

static pid_t agent_wait(pid_t pid, int *status)
{
	pid_t r;

	if (!exec_image)
		return ptc_wait(pid, status, __WALL);
	while ((r = waitpid(pid, status, __WALL)) == -1 && errno == EINTR)
		;
	return r;
}

static long agent_attach(pid_t target, bool keep)
{
	int status;

	if (agent_ptrace(PTRACE_ATTACH, target, 0, 0) == -1)
		return errno;
	if (agent_wait(target, &status) != target || !WIFSTOPPED(status) ||
	    WSTOPSIG(status) != SIGSTOP)
		return EPROTO;
	if (agent_ptrace(keep ? PTRACE_CONT : PTRACE_DETACH, target, 0, 0) == -1)
		return errno;
	return 0;
}

/* Stop a tracee kept by ATTACH_KEEP, use it (PEEKDATA and /proc/<pid>/mem
 * at the start of its first mapping), then detach it. */
static long agent_check_tracee(pid_t target)
{
	char line[128];
	unsigned long start = 0, word;
	int status, fd;
	ssize_t n;

	if (syscall(SYS_tgkill, target, target, SIGSTOP) == -1)
		return errno;
	if (agent_wait(target, &status) != target || !WIFSTOPPED(status))
		return EPROTO;
	n = par_read_proc(target, "maps", line, sizeof(line));
	if (n < 0)
		return -n;
	if (sscanf(line, "%lx-", &start) != 1)
		return EPROTO;
	errno = 0;
	if (agent_ptrace(PTRACE_PEEKDATA, target, start, 0) == -1 && errno)
		return errno;
	fd = par_open_proc(target, "mem", O_RDONLY);
	if (fd < 0)
		return errno;
	n = pread(fd, &word, sizeof(word), (off_t)start);
	close(fd);
	if (n != sizeof(word))
		return n < 0 ? errno : EPROTO;
	if (agent_ptrace(PTRACE_DETACH, target, 0, 0) == -1)
		return errno;
	return 0;
}

/* The agent's second thread: runs the ops sent down its own pipe. */
struct agent_thread {
	int cmd[2], done[2];
	int agent_cmd, agent_resp;
	pid_t tid;
};

static void *agent_thread_main(void *p)
{
	struct agent_thread *t = p;
	struct agent_msg m;
	char arg[32];
	long r;

	t->tid = (pid_t)syscall(SYS_gettid);
	if (write(t->done[1], &(long){ t->tid }, sizeof(long)) != sizeof(long))
		_exit(125);
	while (read(t->cmd[0], &m, sizeof(m)) == sizeof(m)) {
		switch (m.op) {
		case PAR_OP_THREAD_PTRACER:
			r = prctl(PR_SET_PTRACER, m.arg, 0, 0, 0) == -1 ? errno : 0;
			break;
		case PAR_OP_THREAD_EXIT:
			syscall(SYS_exit, 0);
			__builtin_unreachable();
		case PAR_OP_THREAD_EXEC:
			snprintf(arg, sizeof(arg), "%d,%d", t->agent_cmd, t->agent_resp);
			par_exec_role("agent", arg);
			r = errno;
			break;
		default:
			r = EINVAL;
		}
		if (write(t->done[1], &r, sizeof(r)) != sizeof(r))
			_exit(125);
	}
	return NULL;
}

static bool task_gone(pid_t tid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/self/task/%d", tid);
	return access(path, F_OK) == -1 && errno == ENOENT;
}

static void agent_serve(int cmd, int resp, bool announce)
{
	static struct agent_thread thread = { .tid = 0 };
	struct agent_msg m;
	pthread_t pt;
	double give_up;
	char arg[32];
	long r;

	thread.agent_cmd = cmd;
	thread.agent_resp = resp;
	if (announce) {
		r = getpid();
		if (write(resp, &r, sizeof(r)) != sizeof(r))
			_exit(125);
	}
	while (read(cmd, &m, sizeof(m)) == sizeof(m)) {
		switch (m.op) {
		case PAR_OP_ATTACH:
		case PAR_OP_ATTACH_KEEP:
			r = agent_attach((pid_t)m.arg, m.op == PAR_OP_ATTACH_KEEP);
			break;
		case PAR_OP_CHECK_TRACEE:
			r = agent_check_tracee((pid_t)m.arg);
			break;
		case PAR_OP_PTRACER:
			r = prctl(PR_SET_PTRACER, m.arg, 0, 0, 0) == -1 ? errno : 0;
			break;
		case PAR_OP_THREAD:
			if (pipe(thread.cmd) == -1 || pipe(thread.done) == -1 ||
			    pthread_create(&pt, NULL, agent_thread_main, &thread) != 0 ||
			    read(thread.done[0], &r, sizeof(r)) != sizeof(r))
				r = -1;
			break;
		case PAR_OP_THREAD_PTRACER:
		case PAR_OP_THREAD_EXEC:
			if (write(thread.cmd[1], &m, sizeof(m)) != sizeof(m) ||
			    read(thread.done[0], &r, sizeof(r)) != sizeof(r))
				r = -1;
			/* After a successful THREAD_EXEC this process image is
			 * gone: the new one announces itself on resp. */
			break;
		case PAR_OP_THREAD_EXIT:
			if (write(thread.cmd[1], &m, sizeof(m)) != sizeof(m)) {
				r = -1;
				break;
			}
			give_up = ptc_now() + poll_seconds();
			while (!task_gone(thread.tid) && ptc_now() < give_up)
				sched_yield();
			r = task_gone(thread.tid) ? 0 : ETIMEDOUT;
			break;
		case PAR_OP_EXEC:
			snprintf(arg, sizeof(arg), "%d,%d", cmd, resp);
			par_exec_role("agent", arg);
			r = errno;
			break;
		case PAR_OP_FORK:
			r = fork();
			if (r == 0)
				for (;;)
					pause();
			break;
		case PAR_OP_GETPID:
			r = getpid();
			break;
		default:
			r = EINVAL;
		}
		if (write(resp, &r, sizeof(r)) != sizeof(r))
			_exit(125);
	}
	_exit(0);
}

void par_agent_start(struct par_agent *a, bool unprivileged)
{
	int cmd[2], resp[2];

	par_exec_prepare();
	/* No O_CLOEXEC: the agent's ends survive its exec. */
	if (pipe(cmd) == -1 || pipe(resp) == -1)
		PTC_FAIL(true, "pipe: %s", ptc_errno_name(errno));
	fflush(NULL);
	a->pid = fork();
	if (a->pid < 0)
		PTC_FAIL(true, "fork: %s", ptc_errno_name(errno));
	if (a->pid == 0) {
		close(cmd[1]);
		close(resp[0]);
		if (unprivileged && geteuid() == 0)
			ptc_become_unprivileged();
		agent_serve(cmd[0], resp[1], false);
	}
	ptc_trace("agent %d started%s", a->pid, unprivileged ? " (unprivileged)" : "");
	close(cmd[0]);
	close(resp[1]);
	a->cmd = cmd[1];
	a->resp = resp[0];
	fcntl(a->cmd, F_SETFD, FD_CLOEXEC);
	fcntl(a->resp, F_SETFD, FD_CLOEXEC);
}

long par_agent_call(struct par_agent *a, enum par_agent_op op, long arg)
{
	static const char *const names[] = {
		[PAR_OP_ATTACH] = "ATTACH",	     [PAR_OP_ATTACH_KEEP] = "ATTACH_KEEP",
		[PAR_OP_CHECK_TRACEE] = "CHECK_TRACEE", [PAR_OP_PTRACER] = "PTRACER",
		[PAR_OP_THREAD] = "THREAD",	     [PAR_OP_THREAD_PTRACER] = "THREAD_PTRACER",
		[PAR_OP_THREAD_EXIT] = "THREAD_EXIT", [PAR_OP_THREAD_EXEC] = "THREAD_EXEC",
		[PAR_OP_EXEC] = "EXEC",		     [PAR_OP_FORK] = "FORK",
		[PAR_OP_GETPID] = "GETPID",
	};
	struct agent_msg m = { .op = op, .arg = arg };
	struct pollfd pfd = { .fd = a->resp, .events = POLLIN };
	long r;
	int left = (int)(ptc_deadline_seconds() * 1000);

	if (write(a->cmd, &m, sizeof(m)) != sizeof(m))
		PTC_FAIL(true, "agent %d: sending %s: %s", a->pid, names[op], ptc_errno_name(errno));
	while (poll(&pfd, 1, left) == -1 && errno == EINTR)
		;
	if (!(pfd.revents & (POLLIN | POLLHUP)))
		ptc_timeout("agent %d did not answer %s(%ld)", a->pid, names[op], arg);
	if (read(a->resp, &r, sizeof(r)) != sizeof(r))
		PTC_FAIL(true, "agent %d died during %s(%ld)", a->pid, names[op], arg);
	ptc_trace("agent %d: %s(%ld) = %ld", a->pid, names[op], arg, r);
	return r;
}

/* ---- Yama cases ------------------------------------------------------------------ */

void par_yama_pair(struct par_agent *tracee, struct par_agent *tracer)
{
	/* The case runs under ptc_with_yama_scope(1, ...). */
	ASSERT_EQ(ptc_yama_scope(), 1);
	par_agent_start(tracee, true);
	par_agent_start(tracer, true);
	/* Scope 1 and no exception: siblings may not attach each other. */
	ASSERT_EQ(par_agent_call(tracer, PAR_OP_ATTACH, tracee->pid), EPERM);
}

void par_rcu_settle(void)
{
	/* MEMBARRIER_CMD_GLOBAL waits for an RCU grace period (synchronize_rcu). */
	syscall(SYS_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0);
	syscall(SYS_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0);
}

void par_attach_until_eperm(struct par_agent *tracer, pid_t target)
{
	double give_up = ptc_now() + poll_seconds();
	long r;

	for (;;) {
		r = par_agent_call(tracer, PAR_OP_ATTACH, target);
		if (r == EPERM)
			return;
		if (r != 0)
			PTC_FAIL(true, "agent %d: attaching %d gave %s, expected success or EPERM",
				 tracer->pid, target, ptc_errno_name((int)r));
		if (ptc_now() > give_up)
			ptc_timeout("agent %d could still attach %d after %gs", tracer->pid, target,
				    poll_seconds());
		par_rcu_settle();
	}
}
