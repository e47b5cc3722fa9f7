// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

struct shared {
	struct ptc_gate go, tried, cleared;
	pid_t tracer, leader, thread;
	int before, leader_after, thread_after;
};

static int try_seize(pid_t tid)
{
	return PTRACE(PTRACE_SEIZE, tid, 0, 0) == -1 ? errno : 0;
}

static int tracer_main(void *arg)
{
	struct shared *s = arg;

	ptc_become_unprivileged();
	ptc_gate_wait(&s->go);
	s->before = try_seize(s->thread);
	if (s->before == 0) {
		/* Let it go again, so that the next attempts ask Yama afresh. */
		ASSERT_OK(PTRACE(PTRACE_INTERRUPT, s->thread, 0, 0));
		ASSERT_EVENT_STOP(s->thread, PTRACE_EVENT_STOP, SIGTRAP);
		ASSERT_OK(PTRACE(PTRACE_DETACH, s->thread, 0, 0));
	}
	ptc_gate_open(&s->tried);
	ptc_gate_wait(&s->cleared);
	s->leader_after = try_seize(s->leader);
	s->thread_after = try_seize(s->thread);
	return 0;
}

/* A non-leader thread of the target: drops the exception when told. */
static void *clearer(void *arg)
{
	struct shared *s = arg;

	ptc_gate_wait(&s->tried);
	EXPECT_OK(prctl(PR_SET_PTRACER, 0, 0, 0, 0));
	ptc_gate_open(&s->cleared);
	return ptc_idle_thread(NULL);
}

static void name_tracer(void *arg)
{
	struct shared *s = arg;

	ptc_become_unprivileged();
	EXPECT_OK(prctl(PR_SET_PTRACER, s->tracer, 0, 0, 0));
	s->thread = ptc_thread_start(clearer, s);
}

static int scope1(void *arg)
{
	struct shared *s = ptc_shared(sizeof(*s));
	pid_t tracer;

	ptc_gate_init(&s->go);
	ptc_gate_init(&s->tried);
	ptc_gate_init(&s->cleared);
	s->before = s->leader_after = s->thread_after = -1;
	tracer = s->tracer = ptc_fork(tracer_main, s);
	s->leader = ptc_spawn_target(name_tracer, s);
	ptc_gate_open(&s->go);
	ASSERT_EXITED(tracer, 0);
	EXPECT_EQ(s->before, 0);
	EXPECT_EQ(s->leader_after, EPERM);
	EXPECT_EQ(s->thread_after, EPERM);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, prctl(PR_SET_PTRACER, 0) called by a non-leader "
		 "thread clears the exception of its whole process: the tracer the leader named, "
		 "which could attach that thread before, is then refused (EPERM) for the leader "
		 "and the thread",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
	.since = "3.4",
	.needs = "root alone",
	.links = "ptrace-tests: yama; selftests/ptrace (Yama); "
		 "security/yama/yama_lsm.c yama_task_prctl",
)
{
	ptc_with_yama_scope(1, scope1, NULL);
}
