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
	ASSERT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	/* The exec'd image keeps the process's pid. */
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_THREAD_EXEC, 0), tracee.pid);
	ptc_attach_until_eperm(&tracer, tracee.pid);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, a PR_SET_PTRACER exception is dropped when a non-leader "
		 "thread execs: the old leader task that held it is freed, and the tracer can no "
		 "longer attach the process (EPERM)",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerDoesNotPersistPastNonLeaderExec",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
