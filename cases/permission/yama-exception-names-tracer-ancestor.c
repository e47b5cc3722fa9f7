// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

#ifndef PR_SET_PTRACER
#define PR_SET_PTRACER 0x59616d61
#endif

struct shared {
	struct ptc_gate go;
	pid_t ancestor, target;
	int result;
};

static int tracer_main(void *arg)
{
	struct shared *s = arg;

	ptc_gate_wait(&s->go);
	s->result = PTRACE(PTRACE_SEIZE, s->target, 0, 0) == -1 ? errno : 0;
	return 0;
}

/* The process the target names; the tracer is its child. */
static int ancestor_main(void *arg)
{
	pid_t tracer;

	ptc_become_unprivileged();
	tracer = ptc_fork(tracer_main, arg);
	ASSERT_EXITED(tracer, 0);
	return 0;
}

static void name_ancestor(void *arg)
{
	struct shared *s = arg;

	ptc_become_unprivileged();
	EXPECT_OK(prctl(PR_SET_PTRACER, s->ancestor, 0, 0, 0));
}

static int scope1(void *arg)
{
	struct shared *s = ptc_shared(sizeof(*s));

	ptc_gate_init(&s->go);
	s->result = -1;
	s->ancestor = ptc_fork(ancestor_main, s);
	s->target = ptc_spawn_target(name_ancestor, s);
	/* Not below the named process: still refused. */
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, s->target), EPERM);
	ptc_gate_open(&s->go);
	ASSERT_EXITED(s->ancestor, 0);
	EXPECT_EQ(s->result, 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, prctl(PR_SET_PTRACER) naming a process lets that "
		 "process's descendants attach too: a child of the named process, itself neither "
		 "named nor an ancestor of the target, may attach, while another unprivileged "
		 "non-ancestor is refused (EPERM)",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
	.since = "3.4",
	.needs = "root alone",
	.links = "ptrace-tests: yama; selftests/ptrace (Yama); "
		 "security/yama/yama_lsm.c ptracer_exception_found",
)
{
	ptc_with_yama_scope(1, scope1, NULL);
}
