// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"
#include "agents.h"

/* Under ptrace_scope 1, set for this case alone. */
static int at_scope1(void *unused)
{
	struct ptc_agent tracee, tracer, other;

	ptc_yama_pair(&tracee, &tracer);
	ptc_agent_start(&other, true);
	/* Refused first: the pair's tracer was (ptc_yama_pair), and so is the
	 * other one, so the exception below is what lets each of them in. */
	ASSERT_EQ(ptc_agent_call(&other, PTC_AGENT_ATTACH, tracee.pid), EPERM);
	ASSERT_EQ(ptc_agent_call(&tracee, PTC_AGENT_PTRACER, -1), 0);
	EXPECT_EQ(ptc_agent_call(&tracer, PTC_AGENT_ATTACH, tracee.pid), 0);
	EXPECT_EQ(ptc_agent_call(&other, PTC_AGENT_ATTACH, tracee.pid), 0);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, PR_SET_PTRACER_ANY lets any process (with the usual "
		 "uid checks) attach: two unrelated unprivileged tracers, each refused (EPERM) "
		 "before the tracee's prctl, both may after it",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracer; rr tests set_ptracer",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
