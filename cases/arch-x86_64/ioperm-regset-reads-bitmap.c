// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#if PTC_X86
#include <sys/io.h>
#endif

#define NT_386_IOPERM_TYPE 0x201	/* NT_386_IOPERM */
#define PORT 0x80

#if PTC_X86
static int use_ioperm(void *arg)
{
	if (ioperm(PORT, 1, 1) == -1)
		return 3;
	ptc_trap_return(0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_GETREGSET with NT_386_IOPERM copies the I/O permission bitmap of a "
		 "tracee that called ioperm(2) (65536 bits, a set bit denies the port): only "
		 "the port it was granted is clear",
	.man = "PTRACE_GETREGSET",
	.spec = "C042",
	.needs = "arch:x86 root",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, use_ioperm, NULL);
	static unsigned char bitmap[8192 + 64];
	size_t len = sizeof(bitmap);
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_next_stop(pid);
	if (st.kind == PTC_EXITED && st.code == 3)
		ptc_skip("ioperm(2) unavailable here (a kernel without CONFIG_X86_IOPL_IOPERM, "
			 "no CAP_SYS_RAWIO, or lockdown)");
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGTRAP);
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_386_IOPERM_TYPE, bitmap, &len));
	EXPECT_EQ(len, 8192);
	EXPECT_EQ(bitmap[PORT / 8], 0xff & ~(1 << (PORT % 8)));
	EXPECT_EQ(bitmap[0], 0xff);
	EXPECT_EQ(bitmap[8191], 0xff);
#endif
}
