// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "In a tracee whose two threads were attached with PTRACE_ATTACH, SIGSTOP causes "
		 "one signal-delivery-stop (in either thread); once injected, each thread "
		 "reports its own group-stop (PTRACE_GETSIGINFO EINVAL) to the tracer",
	.man = "Group-stop",
	.spec = "C245 C246 C052",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(2);
	struct ptc_stop st;

	ptc_threads_start(t);
	ptc_threads_attach(t, 3);
	ASSERT_OK(kill(t->tid[0], SIGSTOP));
	st = ptc_next_stop(-1);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGSTOP);
	ASSERT_TRUE(st.pid == t->tid[0] || st.pid == t->tid[1]);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(t->tid[0], SIGSTOP);
	ASSERT_GROUP_STOP(t->tid[1], SIGSTOP);
}
