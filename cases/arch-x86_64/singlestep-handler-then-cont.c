// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

static int raise_int(void *arg)
{
	ptc_no_coredump();
	ptc_count_signal(SIGINT, 0);
	raise(SIGINT);
	EXPECT_EQ(ptc_signal_count(SIGINT), 1);
	return 0x23;
}

PTC_CASE(
	.claim = "Single-stepping, then stepping into a handler with the signal injected, then "
		 "one more step, then PTRACE_CONT: the tracee runs on to its exit with no extra "
		 "SIGTRAP left over from the stepping",
	.man = "PTRACE_SINGLESTEP; PTRACE_CONT",
	.spec = "5.B10 5.B11",
	.links = "ptrace-tests step-into-handler-cont.c; "
		 "https://bugzilla.kernel.org/show_bug.cgi?id=16061",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_int, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGINT);
	/* Suppress SIGINT with a step, then inject it with the next. */
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, SIGINT));
	/* Reported with si_code SIGTRAP, like a syscall-stop. */
	ASSERT_STOP(pid, .sig = SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0x23);
}
