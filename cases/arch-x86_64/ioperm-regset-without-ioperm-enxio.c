// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define NT_386_IOPERM_TYPE 0x201	/* NT_386_IOPERM */

PTC_CASE(
	.claim = "PTRACE_GETREGSET with NT_386_IOPERM fails with ENXIO for a tracee that "
		 "never called ioperm(2): it has no I/O permission bitmap to copy",
	.man = "PTRACE_GETREGSET",
	.spec = "C042",
	.needs = "arch:x86",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static unsigned char bitmap[8192];
	size_t len = sizeof(bitmap);

	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, NT_386_IOPERM_TYPE, bitmap, &len), ENXIO);
}
