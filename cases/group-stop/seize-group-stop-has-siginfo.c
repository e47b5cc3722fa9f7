// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "Unlike in attach mode, PTRACE_GETSIGINFO succeeds in a seized tracee's "
		 "group-stop: si_signo is the stopping signal and si_code is that signal with "
		 "PTRACE_EVENT_STOP in bits 8-15",
	.man = "Group-stop; PTRACE_GETSIGINFO",
	.spec = "C057 C248",
	.since = "3.4",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);
	siginfo_t si;

	ptc_enter_group_stop(pid, true, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	EXPECT_EQ(si.si_code, SIGSTOP | (PTRACE_EVENT_STOP << 8));
}
