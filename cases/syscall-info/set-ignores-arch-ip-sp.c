// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO ignores arch, instruction_pointer and stack_pointer: "
		 "other values there are accepted and the tracee's registers keep theirs",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;
	ptc_regs_t before, after;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ptc_get_regs(pid, &before);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.arch = 0x1234;
	info.instruction_pointer += 0x1000;
	info.stack_pointer -= 0x1000;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	ptc_get_regs(pid, &after);
	EXPECT_EQ(PTC_IP_OF(after), PTC_IP_OF(before));
	EXPECT_EQ(PTC_SP_OF(after), PTC_SP_OF(before));
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	EXPECT_EQ(info.arch, PTC_AUDIT_ARCH);
}
