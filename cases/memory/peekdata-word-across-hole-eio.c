// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A PEEKDATA word must lie wholly in mapped memory: the first word of a "
		 "mapping reads, a word that starts in the unmapped page below it and ends "
		 "inside the mapping fails with EIO",
	.man = "ERRORS; PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C026",
)
{
	char *hole = ptc_unmapped_page(), *mapped = hole + ptc_page_size();
	long first, want;
	pid_t pid;

	memset(mapped, 0x5a, sizeof(long));
	memset(&want, 0x5a, sizeof(want));
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	first = PTRACE(PTRACE_PEEKDATA, pid, mapped, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(first, want);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, mapped - sizeof(long) / 2, 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, mapped - 1, 0), EIO);
}
