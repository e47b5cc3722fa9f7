// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int call_getppid(void *arg)
{
	/* Becomes getpid(): the tracee gets its own pid. */
	EXPECT_EQ(syscall(SYS_getppid), getpid());
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO at a syscall-enter-stop changes the syscall number: "
		 "getppid() turned into getpid() returns the tracee's own pid",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.entry.nr = SYS_getpid;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getpid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
