// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO with a data pointer to unmapped memory fails with "
		 "EFAULT",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C205",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	void *hole;

	hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(hole != MAP_FAILED);
	ASSERT_OK(munmap(hole, 4096));
	ptc_syscall_to_entry(pid, SYS_getppid);
	EXPECT_ERRNO(ptc_set_syscall_info(pid, sizeof(struct ptc_syscall_info), hole), EFAULT);
}
