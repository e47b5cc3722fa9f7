// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At a syscall-stop, PTRACE_GET_SYSCALL_INFO's instruction_pointer and "
		 "stack_pointer are the tracee's user instruction and stack pointer registers",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C193",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;
	ptc_regs_t r;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	ptc_get_regs(pid, &r);
	EXPECT_EQ(info.instruction_pointer, PTC_IP_OF(r));
	EXPECT_EQ(info.stack_pointer, PTC_SP_OF(r));
}
