// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int exit_6(void *arg)
{
	raise(SIGUSR1);
	return 6;
}

PTC_CASE(
	.claim = "A tracer waiting with __WALL and neither WUNTRACED/WSTOPPED nor (for waitpid) "
		 "WEXITED gets both kinds of report: the tracee's ptrace-stops and its exit",
	.man = "Stopped states",
	.spec = "C225",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, exit_6, NULL);
	int status = 0;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(ptc_wait(pid, &status, __WALL), pid);
	EXPECT_TRUE(WIFSTOPPED(status));
	EXPECT_EQ(WSTOPSIG(status), SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EQ(ptc_wait(pid, &status, __WALL), pid);
	EXPECT_TRUE(WIFEXITED(status));
	EXPECT_EQ(WEXITSTATUS(status), 6);
}
