// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO with size 0 never touches data: even a pointer to "
		 "unmapped memory gives no EFAULT, only the size",
	.man = "PTRACE_GET_SYSCALL_INFO",
	.spec = "C191 C199",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	void *hole;
	long n;

	hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(hole != MAP_FAILED);
	ASSERT_OK(munmap(hole, 4096));
	ptc_syscall_to_entry(pid, SYS_getppid);
	n = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, 0, hole);
	REQUIRE_SUPPORTED(n, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	EXPECT_EQ(n, 80);
}
