// SPDX-License-Identifier: GPL-2.0
/* Reading a task's state from /proc, and bounded polls on it: absence and
 * order are proven from state, never from time passing. */
#include <fcntl.h>
#include <time.h>

#include "ptc.h"

int ptc_open_proc(pid_t pid, const char *name, int flags)
{
	char path[96];

	snprintf(path, sizeof(path), "/proc/%d/%s", pid, name);
	return open(path, flags | O_CLOEXEC);
}

ssize_t ptc_read_proc(pid_t tid, const char *file, char *buf, size_t len)
{
	char path[64];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "task/%d/%s", tid, file);
	fd = ptc_open_proc(tid, path, O_RDONLY);
	/* A thread of another process: /proc/<tid> still resolves it. */
	if (fd < 0)
		fd = ptc_open_proc(tid, file, O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, len - 1);
	if (n < 0) {
		int err = errno;

		close(fd);
		errno = err;
		return -1;
	}
	close(fd);
	buf[n] = 0;
	return n;
}

char ptc_proc_state(pid_t tid)
{
	char buf[512], *p;

	if (ptc_read_proc(tid, "stat", buf, sizeof(buf)) < 0)
		return 0;
	p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : 0;
}

long ptc_proc_syscall(pid_t tid)
{
	char buf[256];

	if (ptc_read_proc(tid, "syscall", buf, sizeof(buf)) < 0) {
		ptc_require_proc_syscall();	/* gone, or no such file here */
		return -2;
	}
	if (strncmp(buf, "running", 7) == 0)
		return -1;
	return strtol(buf, NULL, 10);
}

/* The value of a field of /proc/<tid>/status (after "Field:" and blanks)
 * into buf; NULL if unreadable or absent. */
const char *ptc_proc_status(pid_t tid, const char *field, char *buf, size_t len)
{
	char text[4096], key[40], *p, *end;

	buf[0] = 0;
	if (ptc_read_proc(tid, "status", text, sizeof(text)) < 0)
		return buf;
	snprintf(key, sizeof(key), "\n%s:", field);
	p = strstr(text, key);
	if (!p)
		return buf;
	p += strlen(key);
	while (*p == ' ' || *p == '\t')
		p++;
	end = strchr(p, '\n');
	if (end)
		*end = 0;
	snprintf(buf, len, "%s", p);
	return buf;
}

uint64_t ptc_proc_sigmask(pid_t tid, const char *field)
{
	char buf[64];

	return strtoull(ptc_proc_status(tid, field, buf, sizeof(buf)), NULL, 16);
}

bool ptc_proc_has_signal(pid_t tid, const char *field, int sig)
{
	uint64_t m = ptc_proc_sigmask(tid, field);

	ptc_trace("tid %d: %s %#llx", tid, field, (unsigned long long)m);
	return m & PTC_SIGBIT(sig);
}

/* The signals of a /proc sigset mask by name ("SIGUSR1|SIGTERM", "none"). */
static const char *signal_list(uint64_t mask, char *buf, size_t len)
{
	size_t n = 0;

	snprintf(buf, len, "none");
	for (int sig = 1; sig <= 64 && n < len; sig++)
		if (mask & PTC_SIGBIT(sig))
			n += (size_t)snprintf(buf + n, len - n, "%s%s", n ? "|" : "",
					      ptc_signal_name(sig));
	return buf;
}

const char *ptc_proc_describe(pid_t tid, char *buf, size_t len)
{
	char state[64], wchan[64], pending[160], shared[160];

	if (!*ptc_proc_status(tid, "State", state, sizeof(state))) {
		snprintf(buf, len, "gone from /proc");
		return buf;
	}
	if (ptc_read_proc(tid, "wchan", wchan, sizeof(wchan)) <= 0)
		snprintf(wchan, sizeof(wchan), "?");
	snprintf(buf, len, "state %s, wchan %s, pending %s, shared pending %s", state,
		 strcmp(wchan, "0") ? wchan : "none (running)",
		 signal_list(ptc_proc_sigmask(tid, "SigPnd"), pending, sizeof(pending)),
		 signal_list(ptc_proc_sigmask(tid, "ShdPnd"), shared, sizeof(shared)));
	return buf;
}

static pid_t tracer_of(pid_t tid)
{
	char buf[32];

	return *ptc_proc_status(tid, "TracerPid", buf, sizeof(buf)) ?
		       (pid_t)strtol(buf, NULL, 10) : -1;
}

pid_t ptc_proc_tracer(pid_t tid)
{
	pid_t tracer = tracer_of(tid);

	ptc_trace("tid %d: TracerPid %d", tid, tracer);
	return tracer;
}

double ptc_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

bool ptc_poll(bool (*done)(void *arg), void *arg)
{
	double give_up = ptc_now() + ptc_deadline_seconds();

	while (!done(arg)) {
		if (ptc_now() > give_up)
			return false;
		sched_yield();
	}
	return true;
}

struct state_poll {
	pid_t tid;
	const char *states;
	char last;
};

static bool in_state(void *arg)
{
	struct state_poll *p = arg;

	p->last = ptc_proc_state(p->tid);
	return p->last && strchr(p->states, p->last);
}

void ptc_wait_state(pid_t tid, const char *states)
{
	struct state_poll p = { tid, states, 0 };

	if (!ptc_poll(in_state, &p))
		ptc_timeout("tid %d never reached state [%s] (last: %c)", tid, states,
			    p.last ? p.last : '-');
	ptc_trace("tid %d is in state %c", tid, p.last);
}

static bool untraced(void *tid)
{
	return tracer_of(*(pid_t *)tid) == 0;
}

void ptc_wait_untraced(pid_t tid)
{
	if (!ptc_poll(untraced, &tid))
		ptc_timeout("tid %d still traced (TracerPid %d)", tid, tracer_of(tid));
	ptc_trace("tid %d is untraced", tid);
}

long ptc_proc_syscall_arg(pid_t tid, int i)
{
	char buf[512], *p = buf, *end;
	unsigned long v = 0;

	if (ptc_read_proc(tid, "syscall", buf, sizeof(buf)) <= 0) {
		ptc_require_proc_syscall();
		return -1;
	}
	/* "nr arg0 arg1 arg2 arg3 arg4 arg5 sp pc", arguments in hex. */
	strtol(p, &end, 10);
	if (end == p)
		return -1;
	for (int k = 0; k <= i; k++) {
		p = end;
		v = strtoul(p, &end, 16);
		if (end == p)
			return -1;
	}
	return (long)v;
}

struct blocked_poll {
	pid_t tid;
	long nr, arg0;
	bool on;	/* the first argument must be arg0 */
	char state;
	long cur;
};

static bool blocked(void *arg)
{
	struct blocked_poll *p = arg;

	p->state = ptc_proc_state(p->tid);
	p->cur = ptc_proc_syscall(p->tid);
	return (p->state == 'S' || p->state == 'D') && p->cur == p->nr &&
	       (!p->on || ptc_proc_syscall_arg(p->tid, 0) == p->arg0);
}

void ptc_require_proc_syscall(void)
{
	/* Kernels without HAVE_ARCH_TRACEHOOK (user-mode Linux) have no
	 * /proc/<tid>/syscall: no poll can ever see where a task blocks, no
	 * case can read which system call a task is in. */
	if (access("/proc/self/syscall", F_OK) == -1 && errno == ENOENT)
		ptc_skip("this kernel has no /proc/<tid>/syscall (no HAVE_ARCH_TRACEHOOK): "
			 "the case reads from it which system call a task is in");
}

static void wait_blocked(pid_t tid, long nr, bool on, long arg0)
{
	struct blocked_poll p = { .tid = tid, .nr = nr, .arg0 = arg0, .on = on };
	char args[32] = "";

	ptc_require_proc_syscall();
	if (on)
		snprintf(args, sizeof(args), "(%ld, ...)", arg0);
	if (!ptc_poll(blocked, &p))
		ptc_timeout("tid %d never blocked in syscall %ld%s (state %c, syscall %ld)", tid, nr,
			    args, p.state ? p.state : '-', p.cur);
	ptc_trace("tid %d is blocked in syscall %ld%s", tid, nr, args);
}

void ptc_wait_blocked(pid_t tid, long nr)
{
	wait_blocked(tid, nr, false, 0);
}

void ptc_wait_blocked_on(pid_t tid, long nr, long arg0)
{
	wait_blocked(tid, nr, true, arg0);
}

static bool gone(void *tid)
{
	char path[48];

	snprintf(path, sizeof(path), "/proc/%d/stat", *(pid_t *)tid);
	return access(path, F_OK) == -1 && errno == ENOENT;
}

void ptc_wait_gone(pid_t tid)
{
	if (!ptc_poll(gone, &tid))
		ptc_timeout("tid %d still in /proc", tid);
	ptc_trace("tid %d is gone", tid);
}
