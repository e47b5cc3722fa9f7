// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG on a tracee that never enabled syscall "
		 "user dispatch returns 0 and reports mode OFF with selector, offset and len 0",
	.man = "PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C201",
	.since = "6.4",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_sud_config cfg;

	ptc_require_sud(pid);
	memset(&cfg, 0xa5, sizeof(cfg));
	EXPECT_EQ(PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(cfg), &cfg), 0);
	EXPECT_EQ(cfg.mode, PR_SYS_DISPATCH_OFF);
	EXPECT_EQ(cfg.selector, 0);
	EXPECT_EQ(cfg.offset, 0);
	EXPECT_EQ(cfg.len, 0);
}
