// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_POKEDATA into a read-only shared mapping fails with EIO: the forced "
		 "write of ptrace only breaks copy-on-write, it never writes through a shared "
		 "page its owner cannot write",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA; ERRORS",
	.spec = "C029",
)
{
	long *ro = mmap(NULL, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t pid;

	ASSERT_TRUE(ro != MAP_FAILED);
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEDATA, pid, ro, 0x5ca1ab1e), EIO);
	/* The page is shared with the tracer: nothing changed there either. */
	EXPECT_EQ(*(volatile long *)ro, 0);
}
