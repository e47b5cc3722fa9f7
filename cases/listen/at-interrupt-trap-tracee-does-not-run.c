// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_LISTEN is accepted at the PTRACE_EVENT_STOP of a PTRACE_INTERRUPT trap "
		 "as well as of a group-stop; the listening tracee does not run (stays in "
		 "state t, its loop counter frozen) and reports nothing until interrupted again",
	.man = "PTRACE_LISTEN; Stopped states",
	.spec = "C125 C126 C254",
	.since = "3.4",
	.variants = "wait",
)
{
	volatile unsigned long *count = ptc_shared(sizeof(*count));
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_spin, (void *)count);
	unsigned long before;
	int status;

	ptc_wait_state(pid, "R");	/* it spins */
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	before = *count;
	ASSERT_OK(PTRACE(PTRACE_LISTEN, pid, 0, 0));
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_EQ(ptc_wait(pid, &status, __WALL | WNOHANG), 0);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	EXPECT_EQ(*count, before);
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	EXPECT_EQ(*count, before);
}
