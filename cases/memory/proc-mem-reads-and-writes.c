// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"

static volatile long words[2];

/* The value read is one the tracee wrote after the fork, so the read sees
 * its memory now, not the image both sides started from. */
static int set_stop_check(void *arg)
{
	words[0] = 0x5ca1ab1e;
	raise(SIGUSR1);
	EXPECT_EQ(words[1], 0x600dcafe);
	return 0;
}

PTC_CASE(
	.claim = "The tracer reads and writes the stopped tracee's memory through "
		 "/proc/<pid>/mem at the tracee's addresses: a pread gives what the tracee "
		 "stored there, a pwrite is what the tracee reads once resumed",
	.man = "PTRACE_PEEKTEXT, PTRACE_PEEKDATA; NOTES",
	.spec = "5.D20",
	.links = "rr tests ptrace_breakpoint; gVisor ptrace.cc "
		 "PrctlClearPtracerDoesNotAffectCurrentTracer (formerly also proc.mem-read)",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, set_stop_check, NULL);
	long got = 0, put = 0x600dcafe;
	int fd;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	fd = ASSERT_OK(ptc_open_proc(pid, "mem", O_RDWR));
	EXPECT_EQ(pread64(fd, &got, sizeof(got), (off64_t)(uintptr_t)&words[0]), sizeof(got));
	EXPECT_EQ(got, 0x5ca1ab1e);
	EXPECT_EQ(pwrite64(fd, &put, sizeof(put), (off64_t)(uintptr_t)&words[1]), sizeof(put));
	close(fd);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
