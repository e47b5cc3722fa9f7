// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "events.h"
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GETEVENTMSG tells the two syscall-stops apart: it gives "
		 "PTRACE_EVENTMSG_SYSCALL_ENTRY (1) at a syscall-enter-stop and "
		 "PTRACE_EVENTMSG_SYSCALL_EXIT (2) at the syscall-exit-stop",
	.man = "PTRACE_GETEVENTMSG; Syscall-stops",
	.spec = "C108 C270",
	.since = "5.3",
	.variants = "wait",
	.links = "linux-git:201766a20e30",
	.man_stale = "ptrace(2) documents no event message at syscall-stops and says GETEVENTMSG "
		     "may give any value in such stops; since 5.3 the kernel stores 1 and 2",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);

	ptc_syscall_to_entry(pid, SYS_getppid);
	/* Both came with the same kernel change as PTRACE_GET_SYSCALL_INFO. */
	REQUIRE_SUPPORTED(PTRACE(PTRACE_GET_SYSCALL_INFO, pid, 0, NULL), EIO,
			  PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(ptc_eventmsg(pid), PTRACE_EVENTMSG_SYSCALL_ENTRY);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_eventmsg(pid), PTRACE_EVENTMSG_SYSCALL_EXIT);
}
