// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "events.h"

PTC_CASE(
	.claim = "PTRACE_GETEVENTMSG with data pointing to unmapped memory fails with EFAULT",
	.man = "PTRACE_GETEVENTMSG; ERRORS",
	.spec = "C111 C297",
)
{
	long page = sysconf(_SC_PAGESIZE);
	void *hole = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	ASSERT_TRUE(hole != MAP_FAILED);
	ASSERT_OK(munmap(hole, page));
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, pid, 0, hole), EFAULT);
	/* The stop itself is unharmed. */
	EXPECT_EQ(ptc_eventmsg(pid), 0);
}
