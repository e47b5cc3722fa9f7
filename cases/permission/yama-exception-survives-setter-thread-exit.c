// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"
#include "agents.h"

/* Under ptrace_scope 1, set for this case alone. */
static int at_scope1(void *unused)
{
	struct ptc_agent tracee, tracer;

	ptc_yama_pair(&tracee, &tracer);
	ASSERT_GT(ptc_agent_call(&tracee, PTC_AGENT_THREAD, 0), 0);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_THREAD_PTRACER, tracer.pid), 0);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_THREAD_EXIT, 0), 0);
	ptc_rcu_settle();
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, a PR_SET_PTRACER exception set by a non-leader thread "
		 "outlives that thread: it is kept by the process (its leader), and the tracer "
		 "may still attach after the thread has exited",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerPersistsPastTraceeThreadExit",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
