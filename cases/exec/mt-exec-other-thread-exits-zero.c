// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "When a non-leader thread execs, another non-leader thread torn down by it reports "
		 "its death as a normal exit with code 0, as if it had called _exit(0)",
	.man = "execve(2) under ptrace",
	.spec = "C284 C222",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;

	ptc_mt_exec(t, &r, 5, true);
	EXPECT_STOP_IS(&r.other_end, .kind = PTC_EXITED, .code = 0);
}
