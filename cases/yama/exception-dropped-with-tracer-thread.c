// SPDX-License-Identifier: GPL-2.0
#include "access.h"
#include "parity.h"
#include "ptc.h"

/* Under ptrace_scope 1, set for this case alone. */
static int at_scope1(void *unused)
{
	struct par_agent tracee, tracer;
	long thread;

	par_yama_pair(&tracee, &tracer);
	thread = par_agent_call(&tracer, PAR_OP_THREAD, 0);
	ASSERT_GT(thread, 0);
	ASSERT_EQ(par_agent_call(&tracee, PAR_OP_PTRACER, thread), 0);
	/* The agent attaches from its main thread, not the one named. */
	ASSERT_EQ(par_agent_call(&tracer, PAR_OP_ATTACH, tracee.pid), 0);
	ASSERT_EQ(par_agent_call(&tracer, PAR_OP_THREAD_EXIT, 0), 0);
	par_attach_until_eperm(&tracer, tracee.pid);
	return 0;
}

PTC_CASE(
	.claim = "At Yama ptrace_scope 1, a PR_SET_PTRACER exception naming a tracer thread is "
		 "bound to that thread: while it lives, any thread of its process may attach; once "
		 "it exits, attaching fails with EPERM again",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerDoesNotPersistPastTracerThreadExit",
	.needs = "root alone",
)
{
	ptc_with_yama_scope(1, at_scope1, NULL);
}
