// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "PTRACE_GETEVENTMSG gives 1 (PTRACE_EVENTMSG_SYSCALL_ENTRY) at a "
		 "syscall-enter-stop and 2 (PTRACE_EVENTMSG_SYSCALL_EXIT) at the syscall-exit-stop",
	.man = "PTRACE_GETEVENTMSG; Syscall-stops",
	.spec = "C108 C270",
	.since = "5.3",
)
{
	struct ptc_syscall_info info;
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	long ret;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	/* The messages came with PTRACE_GET_SYSCALL_INFO: probe it. */
	ret = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
	REQUIRE_SUPPORTED(ret, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(ptc_eventmsg(pid), PTRACE_EVENTMSG_SYSCALL_ENTRY);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_eventmsg(pid), PTRACE_EVENTMSG_SYSCALL_EXIT);
}
