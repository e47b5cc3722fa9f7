// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static volatile long data_word = 0x5ca1ab1e;

PTC_CASE(
	.claim = "The raw PTRACE_PEEKDATA system call with a data pointer the tracer cannot "
		 "write fails with EFAULT, although the tracee address is readable",
	.man = "ERRORS; C library/kernel differences",
	.spec = "C027",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	long out;

	/* The first page is never mapped (mmap_min_addr). */
	EXPECT_ERRNO(ptc_ptrace_raw(PTRACE_PEEKDATA, pid, (unsigned long)&data_word, 8), EFAULT);
	/* The same read into a good buffer works: the tracee side was fine. */
	EXPECT_OK(ptc_ptrace_raw(PTRACE_PEEKDATA, pid, (unsigned long)&data_word,
				 (unsigned long)&out));
	EXPECT_EQ(out, 0x5ca1ab1e);
}
