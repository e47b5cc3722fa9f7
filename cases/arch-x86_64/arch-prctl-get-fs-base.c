// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL with ARCH_GET_FS in data writes the tracee's FS base to "
		 "the tracer's address in addr (arch_prctl's arguments, swapped)",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C188",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long mine = 0, theirs = 0;

	/* A fork of this thread: its TLS, hence its FS base, is at the same address. */
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_FS, &mine));
	ASSERT_OK(PTRACE(PTRACE_ARCH_PRCTL, pid, &theirs, ARCH_GET_FS));
	EXPECT_NE(theirs, 0);
	EXPECT_EQ(theirs, mine);
#endif
}
