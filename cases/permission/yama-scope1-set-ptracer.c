// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

#ifndef PR_SET_PTRACER
#define PR_SET_PTRACER 0x59616d61
#endif

struct pair {
	struct ptc_gate go;
	pid_t target;
	int result;
};

static int tracer_main(void *arg)
{
	struct pair *p = arg;

	ptc_become_unprivileged();
	ptc_gate_wait(&p->go);
	p->result = PTRACE(PTRACE_SEIZE, p->target, 0, 0) == -1 ? errno : 0;
	return 0;
}

static void allow_tracer(void *arg)
{
	ptc_become_unprivileged();
	EXPECT_OK(prctl(PR_SET_PTRACER, *(pid_t *)arg, 0, 0, 0));
}

static int scope1(void *arg)
{
	struct pair *p = ptc_shared(sizeof(*p));
	pid_t tracer;

	ptc_gate_init(&p->go);
	p->result = -1;
	tracer = ptc_fork(tracer_main, p);
	p->target = ptc_spawn_target(allow_tracer, &tracer);
	/* Any other non-ancestor of the same uid is still refused. */
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, p->target), EPERM);
	ptc_gate_open(&p->go);
	ASSERT_EXITED(tracer, 0);
	EXPECT_EQ(p->result, 0);
	return 0;
}

PTC_CASE(
	.claim = "With Yama's ptrace_scope 1, a process that names a tracer with "
		 "prctl(PR_SET_PTRACER) can be attached by it although it is not its descendant, "
		 "while another unprivileged non-ancestor is still refused (EPERM)",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C307",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, scope1, NULL);
}
