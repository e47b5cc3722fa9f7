// SPDX-License-Identifier: GPL-2.0
/* Event stops and tracees that create a child or thread (see events.h). */
#include <limits.h>
#include <pthread.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "events.h"
#include "reexec.h"

/* ---- event stops ------------------------------------------------------- */

unsigned long ptc_eventmsg(pid_t pid)
{
	unsigned long msg = 0xdeadbeef;

	ASSERT_OK(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg));
	ptc_trace("event message of %d: %#lx", pid, msg);
	return msg;
}

void ptc_check_event_siginfo(pid_t pid, int event)
{
	siginfo_t si;

	memset(&si, 0xa5, sizeof(si));
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, (event << 8) | SIGTRAP);
	EXPECT_EQ(si.si_pid, pid);
	EXPECT_EQ(si.si_uid, getuid());
}

pid_t ptc_take_new_tracee(pid_t parent, bool seized)
{
	unsigned long msg = ptc_eventmsg(parent);
	pid_t child = (pid_t)msg;

	/* Never trust a pid from the kernel blindly: 0 or -1 would make a
	 * wait (or worse, a kill) mean something else entirely. */
	ASSERT_TRUE(msg > 0 && msg < (unsigned long)INT_MAX && child != parent);
	if (seized)
		ASSERT_EVENT_STOP(child, PTRACE_EVENT_STOP, SIGTRAP);
	else
		ASSERT_SIGNAL_STOP(child, SIGSTOP);
	return child;
}

/* ---- a tracee that creates one child or thread ------------------------ */

static char clone_stack[256 * 1024] __attribute__((aligned(16)));

static int child_body(struct ptc_spawn *s)
{
	s->child_saw = ptc_gettid();
	if (s->child_exec)
		ptc_exec_self(s->child_exec, PTC_SPAWN_CODE);
	if (s->child_pauses)
		ptc_idle(NULL);
	return PTC_SPAWN_CODE;
}

static int clone_child(void *arg)
{
	return child_body(arg);
}

static void *thread_child(void *arg)
{
	child_body(arg);
	return NULL;
}

/* Separate, so that nothing of the caller's frame is live across vfork(). */
static __attribute__((noinline)) pid_t do_vfork(struct ptc_spawn *s)
{
	pid_t c = vfork();

	if (c == 0)
		_exit(child_body(s));
	return c;
}

int ptc_spawn_tracee(void *arg)
{
	struct ptc_spawn *s = arg;
	pthread_t thread;
	sigset_t quiet;
	pid_t c = -1;
	int err;

	/* The child's exit signal would be one more signal-delivery-stop:
	 * keep it pending instead (PTC_SPAWN_EXIT_SIGNAL for odd clones). */
	sigemptyset(&quiet);
	sigaddset(&quiet, SIGCHLD);
	sigaddset(&quiet, PTC_SPAWN_EXIT_SIGNAL);
	sigprocmask(SIG_BLOCK, &quiet, NULL);
	switch (s->how) {
	case PTC_SPAWN_FORK:
		c = fork();
		if (c == 0)
			_exit(child_body(s));
		break;
	case PTC_SPAWN_VFORK:
		c = do_vfork(s);
		break;
	case PTC_SPAWN_CLONE:
		c = clone(clone_child, clone_stack + sizeof(clone_stack), (int)s->clone_flags, s);
		break;
	case PTC_SPAWN_THREAD:
		err = pthread_create(&thread, NULL, thread_child, s);
		ASSERT_EQ(err, 0);
		ASSERT_EQ(pthread_join(thread, NULL), 0);
		s->child = s->child_saw;
		s->returned = 1;
		if (s->marker)
			raise(SIGUSR1);
		return 0;
	}
	s->child = c;
	s->returned = 1;
	ASSERT_GT(c, 0);
	ASSERT_EQ(waitpid(c, &s->child_status, __WALL), c);
	EXPECT_TRUE(WIFEXITED(s->child_status) && WEXITSTATUS(s->child_status) == PTC_SPAWN_CODE);
	if (s->marker)
		raise(SIGUSR1);
	return 0;
}

void ptc_spawn_finish(struct ptc_spawn *s, pid_t parent, pid_t child)
{
	ASSERT_OK(PTRACE(PTRACE_CONT, parent, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, s->how == PTC_SPAWN_THREAD ? 0 : PTC_SPAWN_CODE);
	if (s->marker)
		ASSERT_SIGNAL_STOP(parent, SIGUSR1);
	else
		ASSERT_EXITED(parent, 0);
}

void ptc_expect_untraced_spawn(struct ptc_spawn *s, pid_t parent)
{
	struct ptc_stop st = ptc_next_stop(-1);

	ASSERT_TRUE(s->marker);
	ASSERT_EQ(st.pid, parent);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGUSR1);
	EXPECT_EQ(s->returned, 1);
	EXPECT_GT(s->child, 0);
	EXPECT_EQ(s->child, s->child_saw);
	EXPECT_TRUE(WIFEXITED(s->child_status) && WEXITSTATUS(s->child_status) == PTC_SPAWN_CODE);
}

void ptc_finish_fork(pid_t pid, pid_t child)
{
	ASSERT_SIGNAL_STOP(child, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCHLD);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
