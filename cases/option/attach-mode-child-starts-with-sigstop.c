// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child auto-attached from a tracee attached without SEIZE starts with a SIGSTOP "
		 "signal-delivery-stop whose siginfo is bare: si_code SI_USER and si_pid 0",
	.man = "Attaching and detaching; PTRACE_O_TRACEFORK",
	.spec = "C164",
	.variants = "wait",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	pid_t pid, child;
	siginfo_t si;

	s->how = PTC_SPAWN_FORK;
	pid = ptc_start(PTC_ATTACH, PTRACE_O_TRACEFORK, ptc_spawn_tracee, s);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_FORK, SIGTRAP);
	child = ptc_take_new_tracee(pid, false);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, child, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, 0);
}
