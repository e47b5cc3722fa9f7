// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO's arch is the AUDIT_ARCH_* value of the tracee's "
		 "syscall ABI (AUDIT_ARCH_X86_64, 0xc000003e, for a native x86_64 syscall)",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C193 C196",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	EXPECT_EQ(info.arch, PTC_AUDIT_ARCH);
}
