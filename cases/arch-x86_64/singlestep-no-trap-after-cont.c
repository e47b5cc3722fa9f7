// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int raise_usr1(void *arg)
{
	ptc_no_coredump();
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	return 0x23;
}

PTC_CASE(
	.claim = "The trap flag set for PTRACE_SINGLESTEP does not survive a PTRACE_CONT: after "
		 "a few steps the continued tracee runs to its exit with no SIGTRAP",
	.man = "PTRACE_SINGLESTEP; PTRACE_CONT",
	.spec = "5.B11",
	.links = "ptrace-tests step-jump-cont.c",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	for (int i = 0; i < 3; i++) {
		ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	}
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0x23);
}
