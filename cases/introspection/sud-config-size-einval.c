// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Both syscall-user-dispatch config requests fail with EINVAL unless addr is "
		 "sizeof(struct ptrace_sud_config), 32",
	.man = "PTRACE_GET/SET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C201 C202",
	.since = "6.4",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_sud_config cfg[2];
	static const unsigned long sizes[] = { 0, 8, 24, 31, 33, 64 };

	ptc_require_sud(pid);
	memset(cfg, 0, sizeof(cfg));
	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		EXPECT_ERRNO(PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizes[i], cfg),
			     EINVAL);
		EXPECT_ERRNO(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizes[i], cfg),
			     EINVAL);
	}
	EXPECT_OK(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, 32, cfg));
}
