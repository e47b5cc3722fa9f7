// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static volatile long all_ones = -1;

PTC_CASE(
	.claim = "PTRACE_PEEKDATA of a word whose value is -1 returns -1 from libc's ptrace() "
		 "with errno left 0: only errno tells a read -1 from a failure",
	.man = "PTRACE_PEEKTEXT, PTRACE_PEEKDATA; RETURN VALUE",
	.spec = "C024",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	long word;
	int err;

	errno = 0;	/* the convention: clear errno, call, then look at it */
	word = PTRACE(PTRACE_PEEKDATA, pid, &all_ones, 0);
	err = errno;
	EXPECT_EQ(word, -1);
	EXPECT_EQ(err, 0);
}
