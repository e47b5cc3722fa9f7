// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

#define I386_NR_GETPPID 64

static int getppid_int80(void *arg)
{
	long ret = I386_NR_GETPPID;

#if defined(__x86_64__)
	/* The 32-bit syscall entry, from a 64-bit process. */
	asm volatile("int $0x80" : "+a"(ret) : : "r8", "r9", "r10", "r11", "memory", "cc");
#endif
	return ret == getppid() ? 0 : 1;
}

PTC_CASE(
	.claim = "On x86_64, PTRACE_GET_SYSCALL_INFO reports arch AUDIT_ARCH_I386 (0x40000003) "
		 "and the i386 syscall number for a syscall made with int $0x80, even from a "
		 "64-bit tracee",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C196",
	.since = "5.3",
	.needs = "arch:x86_64 int80",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, getppid_int80, NULL);
	struct ptc_syscall_info info;
	struct ptc_stop st;

	/* Pass over the native syscalls before it, entry and exit each. */
	for (int i = 0; i < 1000; i++) {
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		st = ptc_next_stop(pid);
		ASSERT_STOP_IS(&st, .kind = PTC_SYSCALL_STOP);
		ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
		if (info.arch != PTC_AUDIT_ARCH_X86_64)
			break;
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_SYSCALL_STOP(pid);
	}
	EXPECT_EQ(info.arch, PTC_AUDIT_ARCH_I386);
	EXPECT_EQ(info.entry.nr, I386_NR_GETPPID);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
