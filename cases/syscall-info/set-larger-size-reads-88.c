// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO accepts a size above 88 and reads only the 88 bytes "
		 "it knows: a struct ending right before an unmapped page, given size 4096, is "
		 "accepted",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C205",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info *at_end;
	char *pages;

	pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(pages != MAP_FAILED);
	ASSERT_OK(munmap(pages + 4096, 4096));
	at_end = (struct ptc_syscall_info *)(pages + 4096 - sizeof(*at_end));
	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, at_end), 80);
	ASSERT_OK(ptc_set_syscall_info(pid, 4096, at_end));
}
