// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A PEEKDATA word must lie wholly in mapped memory: the last whole word before "
		 "an unmapped page reads, a word that starts before it and ends inside it fails "
		 "with EIO",
	.man = "ERRORS; PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C026",
)
{
	char *hole = ptc_unmapped_page();
	pid_t pid;

	memset(hole - sizeof(long), 0x5a, sizeof(long));
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	long last = PTRACE(PTRACE_PEEKDATA, pid, hole - sizeof(long), 0);
	long want;

	EXPECT_EQ(errno, 0);
	memset(&want, 0x5a, sizeof(want));
	EXPECT_EQ(last, want);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, hole - sizeof(long) / 2, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, hole - 1, 0), EIO);
}
