// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A syscall user dispatch configuration written with PTRACE_SET_..._CONFIG "
		 "(mode ON, selector, offset, len) reads back unchanged with PTRACE_GET_..._CONFIG, "
		 "and writing mode OFF clears it",
	.man = "PTRACE_GET/SET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C201 C202",
	.since = "6.4",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static char selector = SYSCALL_DISPATCH_FILTER_ALLOW;
	struct ptc_sud_config set = {
		.mode = PR_SYS_DISPATCH_EXCLUSIVE_ON,
		.selector = (uint64_t)(uintptr_t)&selector,
		.offset = 0x10000,
		.len = 0x3000,
	};
	struct ptc_sud_config get, off = { .mode = PR_SYS_DISPATCH_OFF };

	ptc_require_sud(pid);
	ASSERT_OK(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(set), &set));
	memset(&get, 0xa5, sizeof(get));
	ASSERT_OK(PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(get), &get));
	EXPECT_EQ(get.mode, PR_SYS_DISPATCH_EXCLUSIVE_ON);
	EXPECT_EQ(get.selector, set.selector);
	EXPECT_EQ(get.offset, set.offset);
	EXPECT_EQ(get.len, set.len);
	ASSERT_OK(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(off), &off));
	ASSERT_OK(PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(get), &get));
	EXPECT_EQ(get.mode, PR_SYS_DISPATCH_OFF);
	EXPECT_EQ(get.selector, 0);
	EXPECT_EQ(get.offset, 0);
	EXPECT_EQ(get.len, 0);
}
