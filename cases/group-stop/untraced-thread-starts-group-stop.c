// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A stopping signal taken by an untraced thread starts the group-stop at once: "
		 "the traced leader reports a group-stop (PTRACE_GETSIGINFO EINVAL) without any "
		 "signal-delivery-stop before it",
	.man = "Group-stop",
	.spec = "C245 C246 C002",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(2);

	ptc_threads_start(t);
	ptc_threads_attach(t, 1);	/* the leader only */
	ASSERT_OK(ptc_tgkill(t->tid[0], t->tid[1], SIGSTOP));
	ASSERT_GROUP_STOP(t->tid[0], SIGSTOP);
	ptc_wait_state(t->tid[1], "T");
}
