// SPDX-License-Identifier: GPL-2.0
/* Reading a task's state from /proc, and bounded polls on it: absence and
 * order are proven from state, never from time passing. */
#include <fcntl.h>
#include <time.h>

#include "../harness/ptc.h"

static ssize_t read_proc(pid_t tid, const char *file, char *buf, size_t len)
{
	char path[64];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/%s", tid, tid, file);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		/* A thread of another process: /proc/<tid> still resolves it. */
		snprintf(path, sizeof(path), "/proc/%d/%s", tid, file);
		fd = open(path, O_RDONLY | O_CLOEXEC);
	}
	if (fd < 0)
		return -1;
	n = read(fd, buf, len - 1);
	close(fd);
	if (n < 0)
		return -1;
	buf[n] = 0;
	return n;
}

char ptc_proc_state(pid_t tid)
{
	char buf[512], *p;

	if (read_proc(tid, "stat", buf, sizeof(buf)) < 0)
		return 0;
	p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : 0;
}

long ptc_proc_syscall(pid_t tid)
{
	char buf[256];

	if (read_proc(tid, "syscall", buf, sizeof(buf)) < 0)
		return -2;
	if (strncmp(buf, "running", 7) == 0)
		return -1;
	return strtol(buf, NULL, 10);
}

uint64_t ptc_proc_sigmask(pid_t tid, const char *field)
{
	char buf[4096], key[32], *p;

	if (read_proc(tid, "status", buf, sizeof(buf)) < 0)
		return 0;
	snprintf(key, sizeof(key), "\n%s:", field);
	p = strstr(buf, key);
	return p ? strtoull(p + strlen(key), NULL, 16) : 0;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

void ptc_wait_state(pid_t tid, const char *states)
{
	double give_up = now() + ptc_deadline_seconds();
	char s;

	while (!((s = ptc_proc_state(tid)) && strchr(states, s))) {
		if (now() > give_up)
			ptc_timeout("tid %d never reached state [%s] (last: %c)", tid, states,
				    s ? s : '-');
		sched_yield();
	}
	ptc_trace("tid %d is in state %c", tid, s);
}

long ptc_proc_syscall_arg(pid_t tid, int i)
{
	char buf[512], *p = buf, *end;
	unsigned long v = 0;

	if (read_proc(tid, "syscall", buf, sizeof(buf)) <= 0)
		return -1;
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

/* Poll until tid sleeps in syscall nr (with first argument arg0 if on). */
static void wait_blocked(pid_t tid, long nr, bool on, long arg0)
{
	double give_up = now() + ptc_deadline_seconds();
	long cur;
	char s;

	for (;;) {
		s = ptc_proc_state(tid);
		cur = ptc_proc_syscall(tid);
		if ((s == 'S' || s == 'D') && cur == nr && (!on || ptc_proc_syscall_arg(tid, 0) == arg0))
			break;
		if (now() > give_up) {
			if (on)
				ptc_timeout("tid %d never blocked in syscall %ld(%ld, ...) (state %c, "
					    "syscall %ld)", tid, nr, arg0, s ? s : '-', cur);
			ptc_timeout("tid %d never blocked in syscall %ld (state %c, syscall %ld)", tid,
				    nr, s ? s : '-', cur);
		}
		sched_yield();
	}
	if (on)
		ptc_trace("tid %d is blocked in syscall %ld(%ld, ...)", tid, nr, arg0);
	else
		ptc_trace("tid %d is blocked in syscall %ld", tid, nr);
}

void ptc_wait_blocked(pid_t tid, long nr)
{
	wait_blocked(tid, nr, false, 0);
}

void ptc_wait_blocked_on(pid_t tid, long nr, long arg0)
{
	wait_blocked(tid, nr, true, arg0);
}
