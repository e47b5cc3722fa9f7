// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A request number the kernel does not know fails with EIO on a tracee in a "
		 "ptrace-stop, and leaves it in that stop",
	.man = "ERRORS",
	.spec = "C019",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static const long unknown[] = { 0x43ff, 0x4300, 0x7fffffff, -1 };
	siginfo_t si;

	for (unsigned i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
		EXPECT_ERRNO(PTRACE(unknown[i], pid, 0, 0), EIO);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
}
