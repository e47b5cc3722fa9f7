// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
static int trap(void *arg)
{
	EXPECT_EQ(ptc_trap_xmm0(1), 0x600dcafe);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_SETREGSET with a whole NT_X86_XSTATE image loads the extended state: "
		 "xmm0 written at a trap is what the tracee then reads from xmm0",
	.man = "PTRACE_SETREGSET",
	.spec = "C047",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap, NULL);
	static unsigned char buf[PTC_XSTATE_MAX];
	long xmm0 = 0x600dcafe;
	uint64_t bv;
	size_t len;

	ptc_run_to_trap(pid);
	len = ptc_get_xstate(pid, buf);
	memcpy(buf + PTC_XSTATE_XMM0, &xmm0, sizeof(xmm0));
	memcpy(&bv, buf + PTC_XSTATE_BV, sizeof(bv));
	bv |= 2;	/* the SSE state is in the image */
	memcpy(buf + PTC_XSTATE_BV, &bv, sizeof(bv));
	ASSERT_OK(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, buf, &len));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
