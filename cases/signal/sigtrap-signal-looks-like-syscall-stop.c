// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int getppid_then_sigtrap(void *arg)
{
	syscall(SYS_getppid);
	raise(SIGTRAP);
	return 0;
}

PTC_CASE(
	.claim = "Without PTRACE_O_TRACESYSGOOD a syscall-stop and a SIGTRAP "
		 "signal-delivery-stop have the same wait status (WSTOPSIG SIGTRAP, no event "
		 "bits); only PTRACE_GETSIGINFO tells them apart (si_code SIGTRAP for the "
		 "syscall-stop, the sender's SI_TKILL for the signal)",
	.man = "Signal-delivery-stop; Syscall-stops",
	.spec = "C232 C228 C055",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, getppid_then_sigtrap, NULL);
	struct ptc_stop st;
	siginfo_t si;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(st.status >> 8, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, SI_TKILL);
	EXPECT_EQ(si.si_pid, pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
