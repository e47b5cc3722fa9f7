// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG accepts mode 2 (INCLUSIVE_ON) and "
		 "stores it inverted: GET reports mode 1 with offset + len as the offset and -len "
		 "as the len",
	.man = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C204",
	.since = "6.17",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_sud_config set = {
		.mode = PR_SYS_DISPATCH_INCLUSIVE_ON,
		.offset = 0x10000,
		.len = 0x3000,
	};
	struct ptc_sud_config get;
	long r;

	ptc_require_sud(pid);
	r = PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(set), &set);
	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_SUD_INCLUSIVE);
	ASSERT_EQ(r, 0);
	ASSERT_OK(PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(get), &get));
	EXPECT_EQ(get.mode, PR_SYS_DISPATCH_EXCLUSIVE_ON);
	EXPECT_EQ(get.offset, 0x13000);
	EXPECT_EQ(get.len, -0x3000ULL);
	EXPECT_EQ(get.selector, 0);
}
