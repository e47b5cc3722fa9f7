// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"
#include "agents.h"

/* Under ptrace_scope 1, set for this case alone. */
static int at_scope1(void *unused)
{
	struct ptc_agent tracee, tracer;

	ptc_yama_pair(&tracee, &tracer);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_PTRACER, tracer.pid), 0);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_EXEC, 0), tracee.pid);
	ptc_rcu_settle();
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, a PR_SET_PTRACER exception survives an exec by the "
		 "process's leader (the leader task, which holds it, stays): the tracer may "
		 "attach the new image",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerPersistsPastLeaderExec",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
