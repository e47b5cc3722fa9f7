// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_POKEDATA at a tracee address that is not mapped fails with EIO and "
		 "maps nothing there",
	.man = "ERRORS; PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "C026",
)
{
	void *hole = ptc_unmapped_page();
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_POKEDATA, pid, hole, 0x5ca1ab1e), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKETEXT, pid, hole, 0x5ca1ab1e), EIO);
	/* Still a hole: the failed writes did not fault a page in. */
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, hole, 0), EIO);
}
