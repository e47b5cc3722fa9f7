// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int raise_usr1(void *arg)
{
	ptc_no_coredump();
	raise(SIGUSR1);
	return 0x23;
}

PTC_CASE(
	.claim = "The trap flag set for PTRACE_SINGLESTEP does not survive a PTRACE_DETACH: the "
		 "detached tracee runs to its exit instead of dying of SIGTRAP",
	.man = "PTRACE_SINGLESTEP; PTRACE_DETACH",
	.spec = "5.B11",
	.links = "ptrace-tests step-detach.c",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	/* The step suppresses SIGUSR1 (whose default would kill). */
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ASSERT_EXITED(pid, 0x23);
}
