// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG fails with EINVAL for mode OFF with any "
		 "of selector, offset or len set, for an unknown mode, and for mode ON with a "
		 "region whose end overflows or a nonzero offset with len 0",
	.man = "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG (undocumented)",
	.spec = "C202",
	.since = "6.4",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	static char selector;
	uint64_t sel = (uint64_t)(uintptr_t)&selector;
	const struct ptc_sud_config bad[] = {
		{ .mode = PR_SYS_DISPATCH_OFF, .selector = sel },
		{ .mode = PR_SYS_DISPATCH_OFF, .offset = 0x1000 },
		{ .mode = PR_SYS_DISPATCH_OFF, .len = 0x1000 },
		{ .mode = 3 },
		{ .mode = 1000 },
		{ .mode = PR_SYS_DISPATCH_EXCLUSIVE_ON, .offset = -0x1000ULL, .len = 0x2000 },
		{ .mode = PR_SYS_DISPATCH_EXCLUSIVE_ON, .offset = 0x1000, .len = 0 },
	};
	struct ptc_sud_config cfg;

	ptc_require_sud(pid);
	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cfg = bad[i];
		EXPECT_ERRNO(PTRACE(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, pid, 32, &cfg),
			     EINVAL);
	}
	/* Refused settings changed nothing. */
	ASSERT_OK(PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, 32, &cfg));
	EXPECT_EQ(cfg.mode, PR_SYS_DISPATCH_OFF);
}
