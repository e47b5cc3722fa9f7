// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_PEEKDATA and PTRACE_POKEDATA of the last word of the address space "
		 "(kernel memory for a 64-bit tracee, above the 32-bit task size for a 32-bit "
		 "one) fail with EIO: the kernel's own memory is out of reach",
	.man = "ERRORS; PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C026",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long top = ~0UL & ~(sizeof(long) - 1);

	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, top, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEDATA, pid, top, 0), EIO);
}
