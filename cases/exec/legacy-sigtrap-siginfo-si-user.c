// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "The post-execve SIGTRAP of a tracee attached without SEIZE is an ordinary signal: "
		 "its siginfo has si_code SI_USER (0) and names the tracee itself as sender, as if it "
		 "had sent itself the signal with kill()",
	.man = "execve(2) under ptrace",
	.spec = "C059 C290",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exec_tracee, (void *)5);
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGTRAP);
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, pid);
	EXPECT_EQ(si.si_uid, getuid());
}
