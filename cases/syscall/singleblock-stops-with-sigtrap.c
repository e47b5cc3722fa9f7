// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "On x86_64, PTRACE_SINGLEBLOCK resumes the tracee and stops it again with a "
		 "SIGTRAP (si_code TRAP_TRACE) at another instruction pointer, before it gets to "
		 "its exit",
	.man = "PTRACE_SINGLESTEP (PTRACE_SINGLEBLOCK is undocumented)",
	.spec = "C122",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, NULL);
	unsigned long ip = ptc_tracee_ip(pid);
	siginfo_t si;

	REQUIRE_SUPPORTED(PTRACE(PTRACE_SINGLEBLOCK, pid, 0, 0), EIO, PTC_FEAT_SINGLEBLOCK);
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_TRACE);
	EXPECT_NE(ptc_tracee_ip(pid), ip);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
