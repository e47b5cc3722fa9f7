// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

#define ROUNDS 50

PTC_CASE(
	.claim = "Killing a tracee (PTRACE_KILL and SIGKILL) right after single-stepping it into "
		 "a signal handler never locks up the tracer: every round the next report is the "
		 "tracee's death by SIGKILL",
	.man = "PTRACE_SINGLESTEP; PTRACE_KILL; Death under ptrace",
	.spec = "5.B10 5.H",
	.links = "ptrace-tests tracer-lockup-on-sighandler-kill.c",
	.timeout = "30",
)
{
	int status;

	for (int round = 0; round < ROUNDS; round++) {
		pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_raise_usr1_handled, NULL);

		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGUSR1);
		for (int i = 0; i < round % 4; i++) {
			ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
			ASSERT_SIGNAL_STOP(pid, SIGTRAP);
		}
		ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, SIGUSR1));
		/* Stepping into the handler: reported like a syscall-stop. */
		ASSERT_STOP(pid, .sig = SIGTRAP);
		ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
		ASSERT_OK(kill(pid, SIGKILL));
		ASSERT_KILLED(pid, SIGKILL);
	}
	EXPECT_ERRNO(ptc_wait(-1, &status, __WALL | WNOHANG), ECHILD);
}
