// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static const unsigned long args[6] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666 };

static int call_getppid(void *arg)
{
	syscall(SYS_getppid, args[0], args[1], args[2], args[3], args[4], args[5]);
	return 0;
}

PTC_CASE(
	.claim = "At a syscall-enter-stop PTRACE_GET_SYSCALL_INFO's entry.nr is the syscall "
		 "number and entry.args[0..5] its six arguments",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C197",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	EXPECT_EQ(info.entry.nr, SYS_getppid);
	for (int i = 0; i < 6; i++)
		EXPECT_EQ(info.entry.args[i], args[i]);
}
