// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG with a selector address outside user "
		 "space fails with EFAULT",
	.man = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C202",
	.since = "6.4",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_sud_config cfg = {
		.mode = PR_SYS_DISPATCH_EXCLUSIVE_ON,
		.selector = -0x10000ULL,	/* kernel space on every arch */
	};

	ptc_require_sud(pid);
	EXPECT_ERRNO(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, 32, &cfg), EFAULT);
}
