// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "In the group-stop of a tracee attached with PTRACE_ATTACH, which has no "
		 "siginfo, PTRACE_GET_SYSCALL_INFO still works: op PTRACE_SYSCALL_INFO_NONE, size 24",
	.man = "PTRACE_GET_SYSCALL_INFO; Group-stop",
	.spec = "C193 C194",
	.since = "5.3",
)
{
	struct ptc_syscall_info info;
	struct ptc_gate gate;
	pid_t pid;
	long n;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_ATTACH, PTRACE_O_TRACESYSGOOD, ptc_wait_gate, &gate);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* Stopped inside a syscall, the arch is that syscall's: x86 reports
	 * AUDIT_ARCH_X86_64 for a 32-bit tracee stopped from user space. */
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	n = ptc_get_syscall_info(pid, &info);
	EXPECT_EQ(n, 24);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_NONE);
	EXPECT_EQ(info.arch, PTC_AUDIT_ARCH);
}
