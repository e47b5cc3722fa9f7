// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "Options belong to one tracee: of two tracees of the same tracer, only the one "
		 "given TRACEEXIT reports PTRACE_EVENT_EXIT",
	.man = "PTRACE_SETOPTIONS",
	.spec = "C080",
)
{
	pid_t with = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	pid_t without = ptc_start(PTC_SEIZE, 0, ptc_exit_tracee, (void *)3);

	ASSERT_EXITED(without, 3);
	ASSERT_EVENT_STOP(with, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, with, 0, 0));
	ASSERT_EXITED(with, 3);
}
