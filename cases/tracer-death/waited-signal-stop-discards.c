// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"
#include "signals.h"

/* Wait for the tracee's signal-delivery-stop, then exit without a restart. */
static int stop_waited_and_exit(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "When the tracer exits after its wait reported a tracee's signal-delivery-stop, "
		 "the tracee resumes without the signal: the wait consumed it, so it is neither "
		 "delivered nor left pending",
	.man = "Attaching and detaching",
	.spec = "C174",
	.since = "3.4",
	.variants = "wait",
	.man_stale = "ptrace(2) says a tracee restarted from signal-delivery-stop by tracer death "
		     "gets the pending signal; once the tracer has waited for that stop the kernel "
		     "discards it",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_fork_blocked(ptc_wait_gate_or_handle, &gate);

	ptc_run_tracer(stop_waited_and_exit, pid);
	/* Back in its read() with nothing pending: the signal is gone. */
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_FALSE(ptc_proc_has_signal(pid, "SigPnd", SIGUSR1));
	EXPECT_FALSE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
