// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO with addr (the buffer size) 0 copies nothing and "
		 "still returns the size the kernel has for the stop (80 at an enter-stop)",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C191",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	unsigned char buf[sizeof(struct ptc_syscall_info)];
	int untouched = 0;
	long n;

	ptc_syscall_to_entry(pid, SYS_getppid);
	memset(buf, 0xa5, sizeof(buf));
	n = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, 0, buf);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(n, 80);
	for (size_t i = 0; i < sizeof(buf); i++)
		untouched += buf[i] == 0xa5;
	EXPECT_EQ(untouched, sizeof(buf));
}
