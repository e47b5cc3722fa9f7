// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

PTC_CASE(
	.claim = "In a tracee whose two threads were attached with PTRACE_ATTACH, SIGSTOP causes "
		 "one signal-delivery-stop (in either thread); once injected, each thread "
		 "reports its own group-stop (PTRACE_GETSIGINFO EINVAL) to the tracer",
	.man = "Group-stop",
	.spec = "C245 C246 C052",
	.variants = "wait",
)
{
	struct ptc_mt mt;
	struct ptc_stop st;

	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_ATTACH, .nthreads = 1 });
	ASSERT_OK(kill(mt.pid, SIGSTOP));
	st = ptc_next_stop(-1);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGSTOP);
	ASSERT_TRUE(st.pid == mt.pid || st.pid == mt.tid[0]);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(mt.pid, SIGSTOP);
	ASSERT_GROUP_STOP(mt.tid[0], SIGSTOP);
}
