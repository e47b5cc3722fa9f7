// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

#define AUDIT_ARCH_X86_64_VALUE 0xc000003eu
#define AUDIT_ARCH_I386_VALUE 0x40000003u

#if PTC_X86
static int syscall_site(void *arg)
{
	ptc_syscall_site();
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO at a syscall-enter-stop reports the tracee's ABI: "
		 "arch AUDIT_ARCH_X86_64 for a 64-bit tracee, AUDIT_ARCH_I386 for a 32-bit one "
		 "(the compat entry), with that ABI's syscall number",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C196 C037",
	.since = "5.3",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, syscall_site, NULL);
	const uint32_t want = sizeof(long) == 8 ? AUDIT_ARCH_X86_64_VALUE : AUDIT_ARCH_I386_VALUE;
	struct ptc_syscall_info info;
	long r;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	memset(&info, 0, sizeof(info));
	r = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	ASSERT_GT(r, 0);
	EXPECT_EQ(info.op, PTRACE_SYSCALL_INFO_ENTRY);
	EXPECT_EQ(info.arch, want);
	EXPECT_EQ(info.entry.nr, SYS_getpid);
	EXPECT_EQ(info.instruction_pointer, (uintptr_t)ptc_syscall_after);
#endif
}
