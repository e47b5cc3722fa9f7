// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A PTRACE_SETOPTIONS that fails with EINVAL changes nothing: the options set "
		 "before stay in effect (TRACEEXIT still reports the exit)",
	.man = "PTRACE_SETOPTIONS",
	.spec = "C078",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);

	ASSERT_ERRNO(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | (1UL << 8)), EINVAL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
}
