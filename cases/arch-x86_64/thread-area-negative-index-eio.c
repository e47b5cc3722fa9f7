// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GET_THREAD_AREA and PTRACE_SET_THREAD_AREA with a negative index in "
		 "addr fail with EIO: in particular -1, set_thread_area(2)'s \"pick a free "
		 "entry\", cannot allocate an entry through ptrace",
	.man = "PTRACE_GET_THREAD_AREA; PTRACE_SET_THREAD_AREA",
	.spec = "C186 C187",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct user_desc d = {
		.entry_number = -1, .base_addr = 0x5ca1b000u, .limit = 0xfffff, .seg_32bit = 1,
		.limit_in_pages = 1, .useable = 1,
	};

	EXPECT_ERRNO(PTRACE(PTRACE_SET_THREAD_AREA, pid, -1L, &d), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_GET_THREAD_AREA, pid, -1L, &d), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_GET_THREAD_AREA, pid, -12L, &d), EIO);
#endif
}
