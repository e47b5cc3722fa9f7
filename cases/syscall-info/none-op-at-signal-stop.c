// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At a signal-delivery-stop PTRACE_GET_SYSCALL_INFO reports op "
		 "PTRACE_SYSCALL_INFO_NONE and returns 24, the size of the common part",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C192 C194",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	unsigned char buf[sizeof(struct ptc_syscall_info)];
	int untouched = 0;
	long n;

	memset(buf, 0xa5, sizeof(buf));
	n = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(buf), buf);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(n, 24);
	EXPECT_EQ(buf[0], PTRACE_SYSCALL_INFO_NONE);
	for (size_t i = 24; i < sizeof(buf); i++)
		untouched += buf[i] == 0xa5;
	EXPECT_EQ(untouched, sizeof(buf) - 24);
}
