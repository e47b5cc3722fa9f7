// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "races.h"
#include "reexec.h"

#define ROUNDS 30
#define ATTACHES 100

PTC_CASE(
	.claim = "PTRACE_ATTACH/PTRACE_DETACH of a process racing an exec by one of its non-leader "
		 "threads never hangs or crashes: over repeated rounds each attach either stops "
		 "the task or loses it to the exec, the exec'd process ends up untraced and "
		 "attachable, and everything is reaped",
	.man = "PTRACE_ATTACH; execve(2) under ptrace",
	.spec = "5.H",
	.links = "ptrace-tests late-ptrace-may-attach-check.c; https://bugzilla.redhat.com/449294",
	.timeout = "60",
)
{
	int status, note[2];

	ptc_exec_prepare();
	for (int round = 0; round < ROUNDS; round++) {
		struct ptc_exec_race race;
		int attached = 0, lost = 0;
		pid_t pid;

		ASSERT_OK(pipe(note));
		race = (struct ptc_exec_race){ .note_fd = note[1] };
		pid = ptc_fork(ptc_exec_from_thread, &race);
		for (int i = 0; i < ATTACHES && !ptc_readable(note[0]); i++) {
			if (PTRACE(PTRACE_ATTACH, pid, 0, 0) == 0) {
				if (ptc_settle_attached(pid))
					attached++;
				else
					lost++;
			}
		}
		ptc_wait_readable(note[0], "the exec");
		ptc_log("round %d: %d attach+detach, %d lost to the exec", round, attached, lost);
		/* The new image: ours, untraced, attachable. */
		EXPECT_EQ(ptc_proc_tracer(pid), 0);
		ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGSTOP);
		ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
		ASSERT_OK(kill(pid, SIGKILL));
		ASSERT_KILLED(pid, SIGKILL);
		close(note[0]);
		close(note[1]);
	}
	EXPECT_ERRNO(ptc_wait(-1, &status, __WALL | WNOHANG), ECHILD);
}
