// SPDX-License-Identifier: GPL-2.0
/* Ptrace access mode checking (see access.h). */
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>

#include "ptc.h"
#include "access.h"

#define YAMA_SCOPE "/proc/sys/kernel/yama/ptrace_scope"

void ptc_setup_unprivileged(void *unused)
{
	(void)unused;
	ptc_become_unprivileged();
}

void ptc_setup_unprivileged_nondumpable(void *unused)
{
	(void)unused;
	ptc_become_unprivileged();
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

void ptc_setup_ids(void *ids)
{
	ptc_set_ids(ids, false);
}

int ptc_traceme_refused(void *unused)
{
	EXPECT_ERRNO(PTRACE(PTRACE_TRACEME, 0, 0, 0), EPERM);
	return 0;
}

struct spawn {
	ptc_setup_fn setup;
	void *arg;
	struct ptc_gate ready;
};

static int target_main(void *p)
{
	struct spawn *s = p;

	if (s->setup)
		s->setup(s->arg);
	ptc_gate_open(&s->ready);
	return ptc_idle(NULL);
}

pid_t ptc_spawn_target(ptc_setup_fn setup, void *arg)
{
	struct spawn s = { .setup = setup, .arg = arg };
	pid_t pid;

	ptc_gate_init(&s.ready);
	pid = ptc_fork(target_main, &s);
	ptc_gate_wait(&s.ready);
	ptc_gate_close(&s.ready);
	return pid;
}

struct attempt {
	ptc_setup_fn setup;
	void *arg;
	long request;
	pid_t target;
	int *result;
};

static int attacher_main(void *p)
{
	struct attempt *a = p;

	if (a->setup)
		a->setup(a->arg);
	if (PTRACE(a->request, a->target, 0, 0) == -1) {
		*a->result = errno;
		return 0;
	}
	*a->result = 0;
	/* Leave the target as it was: take the stop the attach causes, detach. */
	if (a->request == PTRACE_SEIZE) {
		ASSERT_OK(PTRACE(PTRACE_INTERRUPT, a->target, 0, 0));
		ASSERT_EVENT_STOP(a->target, PTRACE_EVENT_STOP, SIGTRAP);
	} else {
		ASSERT_SIGNAL_STOP(a->target, SIGSTOP);
	}
	ASSERT_OK(PTRACE(PTRACE_DETACH, a->target, 0, 0));
	return 0;
}

int ptc_try_attach(ptc_setup_fn setup, void *arg, long request, pid_t target)
{
	int *result = ptc_shared(sizeof(*result));
	struct attempt a = { setup, arg, request, target, result };
	pid_t pid;

	*result = -1;
	pid = ptc_fork(attacher_main, &a);
	ASSERT_EXITED(pid, 0);
	ptc_trace("%s of %d from a child: %s", ptc_request_name(request), target,
		  *result ? ptc_errno_name(*result) : "success");
	return *result;
}

static int try_unshare(void *unprivileged)
{
	if (unprivileged)
		ptc_become_unprivileged();
	return unshare(CLONE_NEWUSER) == 0;
}

bool ptc_userns_available(bool unprivileged)
{
	int r = ptc_probe(try_unshare, unprivileged ? (void *)1 : NULL);

	ASSERT_NE(r, PTC_PROBE_DIED);
	return r == 1;
}

int ptc_yama_scope(void)
{
	char buf[16] = { 0 };
	int fd = open(YAMA_SCOPE, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 ? atoi(buf) : -1;
}

static int write_scope(int scope)
{
	char buf[8];
	int fd = open(YAMA_SCOPE, O_WRONLY | O_CLOEXEC);
	int len = snprintf(buf, sizeof(buf), "%d\n", scope);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = write(fd, buf, (size_t)len);
	close(fd);
	return n == len ? 0 : -1;
}

void ptc_with_yama_scope(int scope, ptc_fn fn, void *arg)
{
	int old = ptc_yama_scope();
	double give_up = ptc_now() + 0.8 * ptc_deadline_seconds();
	sigset_t chld, saved;
	int status = 0;
	pid_t pid;

	if (old < 0)
		ptc_skip("no Yama: " YAMA_SCOPE " is absent");
	if (old != scope) {
		if (scope == 3)
			ptc_skip("ptrace_scope 3 cannot be undone until reboot: runs only where "
				 "it is already 3 (it is %d)", old);
		if (old == 3)
			ptc_skip("ptrace_scope is 3 and cannot be lowered");
		if (geteuid() != 0)
			ptc_skip("changing ptrace_scope needs root (it is %d, the case needs %d)",
				 old, scope);
	}
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &saved);
	if (old != scope && write_scope(scope) == -1) {
		sigprocmask(SIG_SETMASK, &saved, NULL);
		ptc_skip("cannot write ptrace_scope %d: %s", scope, ptc_errno_name(errno));
	}
	ptc_trace("ptrace_scope %d -> %d", old, scope);
	/* No assertion may end this process before the old value is back. */
	fflush(NULL);
	pid = fork();
	if (pid == 0)
		_exit(fn(arg));
	while (pid > 0) {
		pid_t r = waitpid(pid, &status, WNOHANG);
		double left = give_up - ptc_now();
		struct timespec ts;

		if (r == pid)
			break;
		if (left <= 0) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			PTC_FAIL(false, "the test under ptrace_scope %d did not finish in time",
				 scope);
			break;
		}
		ts.tv_sec = (time_t)left;
		ts.tv_nsec = (long)((left - (double)ts.tv_sec) * 1e9);
		sigtimedwait(&chld, NULL, &ts);
	}
	if (old != scope && (write_scope(old) == -1 || ptc_yama_scope() != old))
		PTC_FAIL(false, "could not put ptrace_scope back to %d", old);
	ptc_trace("ptrace_scope back to %d", old);
	sigprocmask(SIG_SETMASK, &saved, NULL);
	if (pid < 0)
		PTC_FAIL(false, "fork: %s", ptc_errno_name(errno));
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		PTC_FAIL(false, "the test under ptrace_scope %d ended with status %#x", scope,
			 status);
	else
		ptc_checked();
}
