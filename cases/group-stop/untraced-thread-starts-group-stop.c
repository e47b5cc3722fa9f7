// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "stopstate.h"

PTC_CASE(
	.claim = "A stopping signal taken by an untraced thread starts the group-stop at once: "
		 "the traced leader reports a group-stop (PTRACE_GETSIGINFO EINVAL) without any "
		 "signal-delivery-stop before it",
	.man = "Group-stop",
	.spec = "C245 C246 C002",
	.variants = "wait",
)
{
	struct ptc_mt mt;

	ptc_mt_start(&mt, &(struct ptc_mt_spec){ .how = PTC_ATTACH, .nthreads = 1,
						 .untraced_threads = true });
	ASSERT_OK(ptc_tgkill(mt.pid, mt.tid[0], SIGSTOP));
	ASSERT_GROUP_STOP(mt.pid, SIGSTOP);
	ptc_wait_state(mt.tid[0], "T");
}
