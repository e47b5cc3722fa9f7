// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "A running tracee is detached by stopping it first: tgkill(SIGSTOP), wait for "
		 "that signal-delivery-stop, then PTRACE_DETACH suppressing the SIGSTOP; the "
		 "tracee then runs on untraced and is not stopped",
	.man = "Attaching and detaching",
	.spec = "C171",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid = ptc_seize_blocked(ptc_wait_gate, &gate);

	ASSERT_OK(ptc_tgkill(pid, pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	/* Back in its read(), not in a stop. */
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_REPORT(pid, WUNTRACED, .kind = PTC_EXITED, .code = 0);
}
