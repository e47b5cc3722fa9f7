// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"

struct family {
	struct ptc_gate ready;
	struct ptc_threads *t;	/* the grandchild, a process of two threads */
};

/* The tracer's child: starts the grandchild, then stays its parent. */
static int middle(void *arg)
{
	struct family *f = arg;

	ptc_threads_start(f->t);
	ptc_gate_open(&f->ready);
	return ptc_idle(NULL);
}

static int scope1(void *arg)
{
	struct family *f = ptc_shared(sizeof(*f));
	pid_t leader, thread;

	ptc_become_unprivileged();
	f->t = ptc_threads_new(2);
	ptc_gate_init(&f->ready);
	ptc_fork(middle, f);
	ptc_gate_wait_child(&f->ready);
	leader = f->t->tid[0];
	thread = f->t->tid[1];
	/* A sibling of the middle process is no ancestor: refused. */
	EXPECT_EQ(ptc_try_attach(NULL, NULL, PTRACE_SEIZE, thread), EPERM);
	/* The grandparent is, for the thread and the leader alike. */
	EXPECT_OK(PTRACE(PTRACE_SEIZE, thread, 0, 0));
	EXPECT_OK(PTRACE(PTRACE_SEIZE, leader, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 1, an unprivileged tracer may attach to any of its "
		 "descendants, not only its children: a non-leader thread of its grandchild, "
		 "and the grandchild's leader, while a non-ancestor of the same user is refused "
		 "(EPERM)",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C307",
	.needs = "root alone",
	.links = "ptrace-tests: yama; selftests/ptrace (Yama); "
		 "security/yama/yama_lsm.c task_is_descendant",
)
{
	ptc_with_yama_scope(1, scope1, NULL);
}
