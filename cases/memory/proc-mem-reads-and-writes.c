// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"

static volatile long words[2] = { 0x5ca1ab1e, 0 };

static int check(void *arg)
{
	EXPECT_EQ(words[1], 0x600dcafe);
	return 0;
}

PTC_CASE(
	.claim = "The tracer reads and writes the stopped tracee's memory through "
		 "/proc/<pid>/mem at the tracee's addresses",
	.man = "PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "5.D20",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, check, NULL);
	long got = 0, put = 0x600dcafe;
	char path[64];
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	fd = open(path, O_RDWR | O_CLOEXEC);
	ASSERT_OK(fd);
	EXPECT_EQ(pread64(fd, &got, sizeof(got), (off64_t)(uintptr_t)&words[0]), sizeof(got));
	EXPECT_EQ(got, 0x5ca1ab1e);
	EXPECT_EQ(pwrite64(fd, &put, sizeof(put), (off64_t)(uintptr_t)&words[1]), sizeof(put));
	close(fd);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
