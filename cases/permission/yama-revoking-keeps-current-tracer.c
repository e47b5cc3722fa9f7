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
	ASSERT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH_KEEP, tracee.pid), 0);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_PTRACER, 0), 0);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_CHECK_TRACEE, tracee.pid), 0);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, revoking a PR_SET_PTRACER exception (argument 0) does "
		 "not detach a tracer already attached through it: it can still stop the tracee, "
		 "PEEKDATA and read /proc/PID/mem, and detach; only a new attach fails (EPERM)",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlClearPtracerDoesNotAffectCurrentTracer",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
