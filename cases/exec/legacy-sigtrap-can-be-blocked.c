// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "The post-execve SIGTRAP can be blocked like any signal: with SIGTRAP blocked over "
		 "the exec there is no stop at the exec, the signal stays pending in the new program, "
		 "and the signal-delivery-stop comes only when that program unblocks it",
	.man = "execve(2) under ptrace",
	.spec = "C290",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exec_trap_tracee, (void *)5);
	char path[64], comm[32] = { 0 };
	int fd;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	/* The stop came after the new program ran: it renamed itself and
	 * unblocked SIGTRAP first. */
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigBlk", SIGTRAP));
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	ASSERT_GE(fd, 0);
	EXPECT_GT(read(fd, comm, sizeof(comm) - 1), 0);
	close(fd);
	EXPECT_EQ(strcmp(comm, "ptc-trap\n"), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* 99: the new program did not find SIGTRAP pending. */
	ASSERT_EXITED(pid, 5);
}
