// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

/* Another process seizes the stopped child and detaches again. */
static int seize_detach(void *arg)
{
	pid_t pid = *(pid_t *)arg;

	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	return 0;
}

PTC_CASE(
	.claim = "Seizing and detaching from a SIGSTOP'd process is invisible to its real "
		 "parent: the process stays stopped, the parent still collects the stop with "
		 "WUNTRACED, and a later SIGCONT gives it WIFCONTINUED",
	.man = "PTRACE_SEIZE; PTRACE_DETACH",
	.spec = "C151 C170 5.E27",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid, tracer;

	ptc_gate_init(&gate);
	pid = ptc_fork(lc_wait_gate, &gate);
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(kill(pid, SIGSTOP));
	ptc_wait_state(pid, "T");
	tracer = ptc_fork(seize_detach, &pid);
	ASSERT_EXITED(tracer, 0);
	EXPECT_EQ(lc_tracer_pid(pid), 0);
	ptc_wait_state(pid, "T");
	LC_ASSERT_REPORT(pid, WUNTRACED, .kind = PTC_JOBCTL_STOP, .sig = SIGSTOP);
	ASSERT_OK(kill(pid, SIGCONT));
	LC_ASSERT_REPORT(pid, WCONTINUED, .kind = PTC_CONTINUED);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
