// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

static const unsigned long args[6] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666 };

static int traced_getppid(void *arg)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_getppid, PTC_SECCOMP_RET_TRACE | 0xbeef));
	syscall(SYS_getppid, args[0], args[1], args[2], args[3], args[4], args[5]);
	return 0;
}

PTC_CASE(
	.claim = "At a PTRACE_EVENT_SECCOMP stop PTRACE_GET_SYSCALL_INFO gives the syscall "
		 "number and arguments in seccomp.nr and seccomp.args, and the filter's "
		 "SECCOMP_RET_DATA in seccomp.ret_data",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C197",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, traced_getppid, NULL);
	struct ptc_syscall_info info;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_SECCOMP);
	EXPECT_EQ(info.seccomp.nr, SYS_getppid);
	for (int i = 0; i < 6; i++)
		EXPECT_EQ(info.seccomp.args[i], args[i]);
	EXPECT_EQ(info.seccomp.ret_data, 0xbeef);
}
