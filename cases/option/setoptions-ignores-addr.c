// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SETOPTIONS ignores addr: with a nonzero addr it succeeds and the options "
		 "in data take effect",
	.man = "PTRACE_SETOPTIONS",
	.spec = "C077",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, (void *)3);

	ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0x1234, PTRACE_O_TRACEEXIT));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
}
