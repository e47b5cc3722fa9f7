// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO with a buffer smaller than the stop's data copies "
		 "only addr bytes and returns the full size: 8 bytes copied, 80 returned",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C191",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	unsigned char buf[sizeof(struct ptc_syscall_info)];
	struct ptc_syscall_info full;
	int untouched = 0;
	long n;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &full), 80);
	memset(buf, 0xa5, sizeof(buf));
	n = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, 8, buf);
	EXPECT_EQ(n, 80);
	/* op, reserved, flags and arch: the first 8 bytes, as in a full copy. */
	EXPECT_EQ(memcmp(buf, &full, 8), 0);
	for (size_t i = 8; i < sizeof(buf); i++)
		untouched += buf[i] == 0xa5;
	EXPECT_EQ(untouched, sizeof(buf) - 8);
}
