// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_PEEKDATA at a tracee address that is not mapped fails with EIO",
	.man = "ERRORS; PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C026",
)
{
	void *hole = ptc_unmapped_page();
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, hole, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKTEXT, pid, hole, 0), EIO);
}
