// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "An unknown request number on a valid stopped tracee fails with EIO and leaves "
		 "the stop as it was",
	.man = "ERRORS",
	.spec = "C019",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	siginfo_t si;

	/* Numbers in no range the kernel hands out. */
	EXPECT_ERRNO(PTRACE(0x42ff, pid, 0, 0), EIO);
	EXPECT_ERRNO(PTRACE(0x7ffe, pid, 0, 0), EIO);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
}
