// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "When the tracer is also the real parent, a tracee's exit is reported once: "
		 "after the tracer collected it there is nothing left to wait for (ECHILD)",
	.man = "Real parent",
	.spec = "C293",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, (void *)3);
	int status;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 3);
	EXPECT_ERRNO(ptc_wait(pid, &status, WNOHANG | WUNTRACED | __WALL), ECHILD);
}
