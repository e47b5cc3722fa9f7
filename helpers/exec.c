// SPDX-License-Identifier: GPL-2.0
/* Copies of this program, the exec of a thread that is not the leader, an
 * exec behind a traced zombie (see exec.h). */
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "ptc.h"
#include "events.h"
#include "exec.h"

static int copy_into(const char *dir, mode_t mode, int open_flags)
{
	char buf[65536], path[64];
	struct statvfs vfs;
	ssize_t n;
	int src, dst, ret;

	if (statvfs(dir, &vfs) != 0 || (vfs.f_flag & (ST_NOSUID | ST_NOEXEC)))
		return -1;
	dst = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0700);
	if (dst < 0)
		return -1;
	src = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	ASSERT_GE(src, 0);
	while ((n = read(src, buf, sizeof(buf))) > 0)
		ASSERT_EQ(write(dst, buf, (size_t)n), n);
	ASSERT_EQ(n, 0);
	close(src);
	/* After the writes: a write clears set-user-ID bits. */
	ASSERT_OK(fchmod(dst, mode));
	/* Reopen without write access, or exec would fail with ETXTBSY. */
	snprintf(path, sizeof(path), "/proc/self/fd/%d", dst);
	ret = open(path, open_flags | O_CLOEXEC);
	ASSERT_GE(ret, 0);
	close(dst);
	return ret;
}

int ptc_copy_self(mode_t mode, int open_flags)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	const char *tmp = getenv("TMPDIR");
	int fd;

	ASSERT_GT(n, 0);
	self[n] = 0;
	/* The case's own directory runs programs already; then the usual
	 * temporary directories. */
	fd = copy_into(dirname(self), mode, open_flags);
	if (fd < 0 && tmp && *tmp)
		fd = copy_into(tmp, mode, open_flags);
	if (fd < 0)
		fd = copy_into("/tmp", mode, open_flags);
	if (fd < 0)
		fd = copy_into("/dev/shm", mode, open_flags);
	if (fd < 0)
		ptc_skip("no directory here allows an unnamed (O_TMPFILE) set-user-ID program");
	return fd;
}

/* ---- a non-leader exec ---------------------------------------------------- */

void ptc_mt_exec_run(struct ptc_threads *t, struct ptc_mt_exec *r, bool take_exec)
{
	pid_t tgid = t->tid[0];

	memset(r, 0, sizeof(*r));
	ptc_threads_go(t, 2);
	/* The exec kills threads 0 and 1: both stop in PTRACE_EVENT_EXIT
	 * first, in either order, and the exec cannot go on before both
	 * are resumed. Thread 1's death may come before the leader's stop. */
	while (!r->exit_event[0] || !r->exit_event[1]) {
		struct ptc_stop st = ptc_next_stop(-1);
		int i = st.pid == tgid ? 0 : st.pid == t->tid[1] ? 1 : -1;

		ASSERT_TRUE(i >= 0);
		if (i == 1 && r->exit_event[1]) {
			r->other_end = st;
			continue;
		}
		ASSERT_FALSE(r->exit_event[i]);
		ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXIT, .sig = SIGTRAP);
		r->exit_event[i] = true;
		r->exit_msg[i] = ptc_eventmsg(st.pid);
		ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	}
	/* A traced non-leader thread is reaped by its tracer. */
	if (!r->other_end.pid)
		r->other_end = ptc_next_stop(t->tid[1]);
	if (!take_exec)
		return;
	r->leader_after = ptc_next_stop(tgid);
	if (r->leader_after.kind == PTC_EVENT_STOP)
		r->exec_msg = ptc_eventmsg(tgid);
}

pid_t ptc_mt_exec(struct ptc_threads *t, struct ptc_mt_exec *r, int code, bool take_exec)
{
	pid_t tgid;

	t->action[2] = PTC_T_EXEC;
	t->code[2] = code;
	tgid = ptc_threads_start(t);
	ptc_threads_seize(t, 7, PTRACE_O_TRACEEXIT | PTRACE_O_TRACEEXEC);
	ptc_mt_exec_run(t, r, take_exec);
	return tgid;
}

/* ---- an exec behind a traced zombie ---------------------------------------- */

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
	ptc_exec_opened("exit", "0");
	PTC_FAIL(true, "execveat of this program: %s", ptc_errno_name(errno));
	return 1;
}

pid_t ptc_exec_behind_traced_zombie(pid_t *zombie)
{
	struct ptc_stop st;
	pid_t pid;

	zombie_tid = ptc_shared(sizeof(*zombie_tid));
	ptc_exec_prepare();
	pid = ptc_fork(thread_traceme_then_exec, NULL);
	if (!ptc_blocked_or_report(pid, SYS_execveat, &st)) {
		char d[96];

		PTC_FAIL(true, "the exec did not wait for the traced zombie thread: %s",
			 ptc_describe_stop(&st, d, sizeof(d)));
	}
	*zombie = *zombie_tid;
	return pid;
}
