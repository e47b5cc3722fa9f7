// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"
#include "agents.h"

/* Under ptrace_scope 1, set for this case alone. */
static int at_scope1(void *unused)
{
	struct ptc_agent tracee, tracer;
	long thread;

	ptc_yama_pair(&tracee, &tracer);
	thread = ptc_agent_call(&tracee, PTC_AGENT_THREAD, 0);
	ASSERT_GT(thread, 0);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_THREAD_PTRACER, tracer.pid), 0);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, thread), 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, PR_SET_PTRACER called by a non-leader thread applies "
		 "to its whole process: the named tracer, not an ancestor, may then attach both "
		 "the leader and that thread",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracer; rr tests set_ptracer; "
		 "security/yama/yama_lsm.c yama_task_prctl",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
