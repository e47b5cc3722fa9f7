// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO has nothing to set outside syscall-stops: at a "
		 "signal-delivery-stop, op NONE (the stop's own op) fails with EINVAL",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C207",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_syscall_info info;

	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 24);
	ASSERT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(info), &info), EINVAL);
}
