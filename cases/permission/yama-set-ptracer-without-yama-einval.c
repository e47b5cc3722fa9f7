// SPDX-License-Identifier: GPL-2.0
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

#ifndef PR_SET_PTRACER
#define PR_SET_PTRACER 0x59616d61
#endif
#ifndef PR_SET_PTRACER_ANY
#define PR_SET_PTRACER_ANY ((unsigned long)-1)
#endif

PTC_CASE(
	.claim = "Without the Yama LSM, prctl(PR_SET_PTRACER) fails with EINVAL whatever the "
		 "argument (a live pid, PR_SET_PTRACER_ANY, 0): no LSM handles the option",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
	.since = "3.4",
	.links = "gVisor ptrace.cc PrctlSetPtracerInvalidPID; security/yama/yama_lsm.c",
)
{
	if (ptc_yama_scope() >= 0)
		ptc_skip("Yama is present in this kernel (the case is about kernels without it)");
	EXPECT_ERRNO(prctl(PR_SET_PTRACER, getppid(), 0, 0, 0), EINVAL);
	EXPECT_ERRNO(prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0), EINVAL);
	EXPECT_ERRNO(prctl(PR_SET_PTRACER, 0, 0, 0, 0), EINVAL);
}
