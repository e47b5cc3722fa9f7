// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static volatile long data_word = 0x5ca1ab1e;

PTC_CASE(
	.claim = "The raw ptrace system call for PTRACE_PEEKDATA stores the word read at the "
		 "tracer's address in data and returns 0 (libc's wrapper hides this and returns "
		 "the word)",
	.man = "C library/kernel differences",
	.spec = "C025",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	long out = 0;

	EXPECT_EQ(ptc_ptrace_raw(PTRACE_PEEKDATA, pid, (unsigned long)&data_word,
				 (unsigned long)&out), 0);
	EXPECT_EQ(out, 0x5ca1ab1e);
}
