// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_PEEKDATA reads a tracee mapping that is PROT_NONE (the tracee itself "
		 "cannot touch it): ptrace's access is forced",
	.man = "PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C029",
)
{
	long *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid_t pid;
	long got;

	ASSERT_TRUE(p != MAP_FAILED);
	p[1] = 0x5ca1ab1e;
	ASSERT_OK(mprotect(p, 4096, PROT_NONE));
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	got = PTRACE(PTRACE_PEEKDATA, pid, &p[1], 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(got, 0x5ca1ab1e);
}
