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
	thread = ptc_agent_call(&tracer, PTC_AGENT_THREAD, 0);
	ASSERT_GT(thread, 0);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_PTRACER, thread), 0);
	ASSERT_EQ(ptc_agent_call(&tracer, PTC_AGENT_THREAD_EXEC, 0), tracer.pid);
	ptc_rcu_settle();
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, a PR_SET_PTRACER exception naming a non-leader tracer "
		 "thread survives that thread's exec (the thread lives on as the new leader): the "
		 "exec'd tracer may attach",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerRespectsTracerThreadID",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
