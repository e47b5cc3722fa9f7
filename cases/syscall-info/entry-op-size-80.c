// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "At a syscall-enter-stop PTRACE_GET_SYSCALL_INFO reports op "
		 "PTRACE_SYSCALL_INFO_ENTRY and returns 80, the size up to entry.args, writing "
		 "nothing past it",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C190 C191 C192 C194",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	unsigned char buf[sizeof(struct ptc_syscall_info)];
	int untouched = 0;
	long n;

	ptc_syscall_to_entry(pid, SYS_getppid);
	memset(buf, 0xa5, sizeof(buf));
	n = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(buf), buf);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(n, 80);
	EXPECT_EQ(buf[0], PTRACE_SYSCALL_INFO_ENTRY);
	for (size_t i = 80; i < sizeof(buf); i++)
		untouched += buf[i] == 0xa5;
	EXPECT_EQ(untouched, sizeof(buf) - 80);
}
