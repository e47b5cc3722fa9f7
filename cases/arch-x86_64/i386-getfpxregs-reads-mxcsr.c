// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define MXCSR 0x7f80	/* all exceptions masked, round toward zero */

#if defined(__i386__)
static int trap(void *arg)
{
	unsigned int csr = MXCSR;

	__asm__ volatile("ldmxcsr %0" : : "m"(csr));
	ptc_trap_return(0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "For a 32-bit tracer PTRACE_GETFPXREGS exists and copies the FXSAVE image "
		 "(struct user_fpxregs_struct): its mxcsr is the one the tracee loaded",
	.man = "PTRACE_GETFPXREGS (undocumented)",
	.spec = "C049",
	.needs = "arch:i386",
)
{
#if defined(__i386__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	struct user_fpxregs_struct fpx;

	ptc_run_to_trap(pid);
	memset(&fpx, 0, sizeof(fpx));
	ASSERT_OK(PTRACE(PTRACE_GETFPXREGS, pid, 0, &fpx));
	EXPECT_EQ(fpx.mxcsr, MXCSR);
	EXPECT_EQ(fpx.cwd, 0x37f);
#endif
}
