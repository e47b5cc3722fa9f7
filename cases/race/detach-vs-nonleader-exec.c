// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "races.h"
#include "reexec.h"

#define ROUNDS 50

static volatile int *go, *ready;

static int pinned_exec_from_thread(void *race)
{
	/* The exec thread inherits the other CPU. */
	ptc_pin_cpu(1);
	return ptc_exec_from_thread(race);
}

PTC_CASE(
	.claim = "PTRACE_DETACH of a stopped leader racing an exec by a non-leader thread never "
		 "hangs or crashes: the detach succeeds or finds the leader gone (ESRCH), the exec "
		 "completes, the new image is untraced and attachable, and everything is reaped",
	.man = "PTRACE_DETACH; execve(2) under ptrace",
	.spec = "5.H",
	.links = "ptrace-tests late-ptrace-may-attach-check.c; https://bugzilla.redhat.com/449294",
	.timeout = "60",
)
{
	int status, detached = 0, note[2];

	ptc_pin_cpu(0);
	ptc_exec_prepare();
	go = ptc_shared(sizeof(*go));
	ready = ptc_shared(sizeof(*ready));
	for (int round = 0; round < ROUNDS; round++) {
		struct ptc_exec_race race;
		pid_t pid;

		ASSERT_OK(pipe(note));
		*go = *ready = 0;
		race = (struct ptc_exec_race){ .note_fd = note[1], .ready = ready, .go = go };
		pid = ptc_fork(pinned_exec_from_thread, &race);
		/* The exec thread exists (and spins) before the leader stops. */
		ptc_spin_wait(ready);
		ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGSTOP);
		ptc_spin_release(go);
		ptc_spin_for((unsigned long)(round % 25) * 20000);
		if (PTRACE(PTRACE_DETACH, pid, 0, 0) == 0)
			detached++;
		else
			ASSERT_EQ(errno, ESRCH);
		ptc_wait_readable(note[0], "the exec");
		EXPECT_EQ(ptc_proc_tracer(pid), 0);
		ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
		ASSERT_TRUE(ptc_settle_attached(pid));
		ASSERT_OK(kill(pid, SIGKILL));
		ASSERT_KILLED(pid, SIGKILL);
		close(note[0]);
		close(note[1]);
	}
	ptc_log("%d of %d detaches beat the exec", detached, ROUNDS);
	EXPECT_ERRNO(ptc_wait(-1, &status, __WALL | WNOHANG), ECHILD);
}
