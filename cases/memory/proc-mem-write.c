// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"

static volatile uint64_t value = 1;

static int stop_then_check(void *arg)
{
	raise(SIGUSR1);
	EXPECT_EQ(value, 0xfeedfacecafebeefULL);
	return 0;
}

PTC_CASE(
	.claim = "The tracer can write the stopped tracee's memory through /proc/PID/mem: a "
		 "pwrite at the address of a variable is what the tracee reads once resumed",
	.man = "NOTES",
	.spec = "5.D20",
	.links = "rr tests ptrace_breakpoint",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, stop_then_check, NULL);
	uint64_t v = 0xfeedfacecafebeefULL;
	int fd;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	fd = ASSERT_OK(ptc_open_proc(pid, "mem", O_RDWR));
	EXPECT_EQ(pwrite(fd, &v, sizeof(v), (off_t)(uintptr_t)&value), sizeof(v));
	close(fd);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
