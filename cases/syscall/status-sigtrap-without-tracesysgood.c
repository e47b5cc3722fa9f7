// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACESYSGOOD, syscall-enter- and syscall-exit-stops report "
		 "WSTOPSIG == SIGTRAP with no event bits (status>>8 == SIGTRAP)",
	.man = "Syscall-stops",
	.spec = "C268",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_getppid_tracee, NULL);
	struct ptc_stop st;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	st = ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(st.status >> 8, SIGTRAP);
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP);
}
