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
	.claim = "Without Yama, prctl(PR_SET_PTRACER) is an unknown option and fails with EINVAL, "
		 "for a pid as for PR_SET_PTRACER_ANY",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "5.G C307",
)
{
	if (ptc_yama_scope() >= 0)
		ptc_skip("Yama is present: PR_SET_PTRACER is its interface");
	EXPECT_ERRNO(prctl(PR_SET_PTRACER, getppid(), 0, 0, 0), EINVAL);
	EXPECT_ERRNO(prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0), EINVAL);
}
