// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A request that needs a stopped tracee fails with ESRCH while the tracee runs",
	.man = "ERRORS; Stopped states",
	.spec = "C016 C020",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	siginfo_t si;
	unsigned long msg;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* PTRACE_CONT returned: the tracee is no longer in a ptrace-stop. */
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 0), ESRCH);
}
