// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At a stop that is not a syscall-stop (a signal-delivery-stop), "
		 "PTRACE_GET_SYSCALL_INFO still fills arch, instruction_pointer and stack_pointer",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C193",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_raise_tracee, (void *)SIGUSR1);
	struct ptc_syscall_info info;
	ptc_regs_t r;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	ptc_get_regs(pid, &r);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
	EXPECT_EQ(info.arch, PTC_AUDIT_ARCH);
	EXPECT_EQ(info.instruction_pointer, PTC_IP_OF(r));
	EXPECT_EQ(info.stack_pointer, PTC_SP_OF(r));
}
