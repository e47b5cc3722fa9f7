// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETFPREGS copies the floating-point registers (struct "
		 "user_fpregs_struct: the FXSAVE image on x86_64, the FSAVE image for a 32-bit "
		 "tracee), the same bytes NT_PRFPREG gives; addr is ignored",
	.man = "PTRACE_GETREGS, PTRACE_GETFPREGS",
	.spec = "C038 C040",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct user_fpregs_struct fp, set;
	size_t len = sizeof(set) + 64;
	unsigned char buf[sizeof(set) + 64];

	memset(&fp, 0xee, sizeof(fp));
	ASSERT_OK(PTRACE(PTRACE_GETFPREGS, pid, 0xdead0000, &fp));
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRFPREG, buf, &len));
	EXPECT_EQ(len, sizeof(fp));
	memcpy(&set, buf, sizeof(set));
	EXPECT_EQ(memcmp(&fp, &set, sizeof(fp)), 0);
	/* The x87 control word of a fresh process: all exceptions masked. */
	EXPECT_EQ(fp.cwd & 0xffff, 0x37f);
#endif
}
