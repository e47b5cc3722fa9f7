// SPDX-License-Identifier: GPL-2.0
#include <limits.h>
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

#ifndef PR_SET_PTRACER
#define PR_SET_PTRACER 0x59616d61
#endif

PTC_CASE(
	.claim = "With Yama, prctl(PR_SET_PTRACER) naming a pid that does not exist fails with "
		 "EINVAL, while a live pid and 0 (clear) are accepted, at any ptrace_scope",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerInvalidPID; security/yama/yama_lsm.c",
)
{
	if (ptc_yama_scope() < 0)
		ptc_skip("no Yama LSM in this kernel (no /proc/sys/kernel/yama/ptrace_scope)");
	EXPECT_ERRNO(prctl(PR_SET_PTRACER, INT_MAX, 0, 0, 0), EINVAL);
	EXPECT_OK(prctl(PR_SET_PTRACER, getppid(), 0, 0, 0));
	EXPECT_OK(prctl(PR_SET_PTRACER, 0, 0, 0, 0));
}
