// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A tracee that used PTRACE_TRACEME reports a group-stop with WSTOPSIG the "
		 "stopping signal (SIGTSTP) and no event bits; PTRACE_GETSIGINFO there fails "
		 "with EINVAL, which tells it from a signal-delivery-stop",
	.man = "Group-stop",
	.spec = "C245 C052 C228",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_stop st;
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGTSTP));
	ASSERT_SIGNAL_STOP(pid, SIGTSTP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGTSTP));
	st = ptc_next_stop(pid);
	ASSERT_TRUE(WIFSTOPPED(st.status));
	EXPECT_EQ(st.status >> 8, SIGTSTP);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), EINVAL);
}
