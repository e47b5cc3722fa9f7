// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At a PTRACE_EVENT_SECCOMP stop PTRACE_GET_SYSCALL_INFO reports op "
		 "PTRACE_SYSCALL_INFO_SECCOMP and returns 84, the size up to seccomp.ret_data, "
		 "writing nothing past it",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C191 C192 C194",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, ptc_seccomp_getppid_tracee, (void *)(uintptr_t)(PTC_SECCOMP_RET_TRACE | 7));
	unsigned char buf[sizeof(struct ptc_syscall_info)];
	int untouched = 0;
	long n;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	memset(buf, 0xa5, sizeof(buf));
	n = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(buf), buf);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(n, 84);
	EXPECT_EQ(buf[0], PTRACE_SYSCALL_INFO_SECCOMP);
	for (size_t i = 84; i < sizeof(buf); i++)
		untouched += buf[i] == 0xa5;
	EXPECT_EQ(untouched, sizeof(buf) - 84);
}
