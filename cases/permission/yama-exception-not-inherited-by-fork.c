// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"
#include "agents.h"

/* Under ptrace_scope 1, set for this case alone. */
static int at_scope1(void *unused)
{
	struct ptc_agent tracee, tracer;
	long child;

	ptc_yama_pair(&tracee, &tracer);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_PTRACER, tracer.pid), 0);
	child = ptc_agent_call(&tracee, PTC_AGENT_FORK, 0);
	ASSERT_GT(child, 0);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, child), EPERM);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, a PR_SET_PTRACER exception is not inherited by fork: "
		 "the tracer may attach the process that set it but not that process's child",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "rr tests set_ptracer; security/yama/yama_lsm.c",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
