// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "At the PTRACE_EVENT_EXEC stop the new program is already in place: the tracee's "
		 "command line is the argv it exec'd with",
	.man = "PTRACE_EVENT stops",
	.spec = "C259",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, ptc_exec_tracee, (void *)5);
	char path[64], cmdline[256] = { 0 };
	ssize_t n;
	int fd;

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	ASSERT_GE(fd, 0);
	n = read(fd, cmdline, sizeof(cmdline) - 1);
	close(fd);
	ASSERT_GT(n, 0);
	/* argv[1] follows argv[0]'s terminating NUL. */
	EXPECT_EQ(strcmp(cmdline + strlen(cmdline) + 1, PTC_EXEC_MARK), 0);
}
