// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A tracer attaching again to its own tracee gets EPERM from PTRACE_ATTACH and "
		 "PTRACE_SEIZE, and no second SIGSTOP is queued",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C148",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, pid, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, 0), EPERM);
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd"), 0);
}
