// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "With PTRACE_O_TRACESYSGOOD, syscall-enter- and syscall-exit-stops report "
		 "WSTOPSIG == SIGTRAP|0x80, which no other stop uses",
	.man = "Syscall-stops; PTRACE_O_TRACESYSGOOD",
	.spec = "C099 C268 C274",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_stop st;
	int status;

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	/* The raw status, so that no GETSIGINFO is needed to classify it. */
	ASSERT_EQ(ptc_wait(pid, &status, __WALL), pid);
	ASSERT_TRUE(WIFSTOPPED(status));
	EXPECT_EQ(WSTOPSIG(status), SIGTRAP | 0x80);
	EXPECT_EQ(status >> 16, 0);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	st = ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(WSTOPSIG(st.status), SIGTRAP | 0x80);
}
