// SPDX-License-Identifier: GPL-2.0
#include "events.h"

static int block_trap_and_exec(void *arg)
{
	sigset_t trap;

	sigemptyset(&trap);
	sigaddset(&trap, SIGTRAP);
	sigprocmask(SIG_BLOCK, &trap, NULL);
	/* The new program checks SIGTRAP is pending, then unblocks it. */
	ptc_exec_self("trap", 5);
	return 1;
}

PTC_CASE(
	.claim = "The post-execve SIGTRAP can be blocked like any signal: with SIGTRAP blocked over "
		 "the exec there is no stop at the exec, the signal stays pending in the new program, "
		 "and the signal-delivery-stop comes only when that program unblocks it",
	.man = "execve(2) under ptrace",
	.spec = "C290",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, block_trap_and_exec, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	/* The stop came after the new program unblocked it. */
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigBlk") & (1ULL << (SIGTRAP - 1)), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* 99: the new program did not find SIGTRAP pending. */
	ASSERT_EXITED(pid, 5);
}
