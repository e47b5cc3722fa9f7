// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"

static volatile uint64_t secret;

static int set_then_stop(void *arg)
{
	secret = 0x1122334455667788ULL;
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "The tracer can read the stopped tracee's memory through /proc/PID/mem at the "
		 "tracee's own addresses (pread at the address of a variable gives its value)",
	.man = "NOTES",
	.spec = "5.D20",
	.links = "rr tests ptrace_breakpoint; gVisor ptrace.cc "
		 "PrctlClearPtracerDoesNotAffectCurrentTracer",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, set_then_stop, NULL);
	uint64_t v = 0;
	int fd;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	fd = ASSERT_OK(ptc_open_proc(pid, "mem", O_RDONLY));
	EXPECT_EQ(pread(fd, &v, sizeof(v), (off_t)(uintptr_t)&secret), sizeof(v));
	EXPECT_EQ(v, 0x1122334455667788ULL);
	close(fd);
}
