// SPDX-License-Identifier: GPL-2.0
#include "events.h"
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_SECCOMP stop, PTRACE_GETEVENTMSG gives the 16-bit "
		 "SECCOMP_RET_DATA of the filter result that caused it",
	.man = "PTRACE_O_TRACESECCOMP; PTRACE_GETEVENTMSG",
	.spec = "C101",
	.since = "3.5",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, ptc_seccomp_getppid_tracee, (void *)(uintptr_t)(PTC_SECCOMP_RET_TRACE | 0xbeef));

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 0xbeef);
}
