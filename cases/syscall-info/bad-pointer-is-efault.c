// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_GET_SYSCALL_INFO with a nonzero size and a data pointer to unmapped "
		 "memory fails with EFAULT",
	.man = "PTRACE_GET_SYSCALL_INFO; ERRORS",
	.spec = "C199",
	.since = "5.3",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;
	void *hole;

	hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(hole != MAP_FAILED);
	ASSERT_OK(munmap(hole, 4096));
	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(ptc_get_syscall_info(pid, &info));
	EXPECT_ERRNO(PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), hole), EFAULT);
}
