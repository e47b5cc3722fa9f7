// SPDX-License-Identifier: GPL-2.0
#include "events.h"
#include "exec.h"

PTC_CASE(
	.claim = "At the PTRACE_EVENT_EXEC stop of a single-threaded tracee, PTRACE_GETEVENTMSG "
		 "gives the former TID of the exec'ing thread: its own pid",
	.man = "PTRACE_O_TRACEEXEC; PTRACE_GETEVENTMSG",
	.spec = "C093",
	.since = "3.0",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, ptc_exec_tracee, (void *)5);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), (unsigned long)pid);
}
