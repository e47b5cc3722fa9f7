// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACESECCOMP, a syscall for which the tracee's seccomp filter "
		 "returns SECCOMP_RET_TRACE stops the tracee with status>>8 == "
		 "SIGTRAP | PTRACE_EVENT_SECCOMP<<8",
	.man = "PTRACE_O_TRACESECCOMP; PTRACE_EVENT stops",
	.spec = "C100 C253 C262",
	.since = "3.5",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, ptc_seccomp_getppid_tracee, (void *)(uintptr_t)(PTC_SECCOMP_RET_TRACE));
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP | (PTRACE_EVENT_SECCOMP << 8));
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
