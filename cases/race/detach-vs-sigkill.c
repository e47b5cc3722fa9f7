// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "races.h"

#define ROUNDS 200

static pid_t *thread_tid;
static struct ptc_gate started;
static volatile int *go, *ready;

static void *idle_thread(void *arg)
{
	for (;;)
		pause();
	return NULL;
}

static int two_threads(void *arg)
{
	*thread_tid = ptc_thread_start(idle_thread, NULL);
	ptc_gate_open(&started);
	return ptc_idle(NULL);
}

static int killer(void *arg)
{
	pid_t *target = arg;

	ptc_pin_cpu(1);
	ptc_spin_release(ready);
	ptc_spin_wait(go);
	return syscall(SYS_tgkill, target[0], target[1], SIGKILL) == 0 ? 0 : 1;
}

PTC_CASE(
	.claim = "PTRACE_DETACH of a stopped non-leader thread racing a SIGKILL of it never leaves "
		 "an unreapable zombie: every round the whole process dies of SIGKILL and its "
		 "parent reaps it, whichever of the detach and the kill wins",
	.man = "PTRACE_DETACH; Death under ptrace",
	.spec = "5.H",
	.links = "ptrace-tests detach-sigkill-race.c (mainline <= 2.6.28 left unreapable zombies)",
	.timeout = "60",
)
{
	int status, detached = 0;

	ptc_pin_cpu(0);
	thread_tid = ptc_shared(sizeof(*thread_tid));
	go = ptc_shared(sizeof(*go));
	ready = ptc_shared(sizeof(*ready));
	for (int round = 0; round < ROUNDS; round++) {
		pid_t target[2], pid, kid;
		struct ptc_stop st;

		ptc_gate_init(&started);
		*go = *ready = 0;
		pid = ptc_fork(two_threads, NULL);
		ptc_gate_wait(&started);
		target[0] = pid;
		target[1] = *thread_tid;
		ASSERT_OK(PTRACE(PTRACE_ATTACH, target[1], 0, 0));
		ASSERT_SIGNAL_STOP(target[1], SIGSTOP);
		kid = ptc_fork(killer, target);
		ptc_spin_wait(ready);
		ptc_spin_release(go);
		ptc_spin_for((unsigned long)(round % 20) * 50000);
		if (PTRACE(PTRACE_DETACH, target[1], 0, 0) == 0)
			detached++;
		ASSERT_EXITED(kid, 0);
		/* The thread's own report, if it died traced, then the process. */
		do {
			st = ptc_next_stop(-1);
			ASSERT_TRUE(st.pid == pid || st.pid == target[1]);
		} while (st.pid != pid);
		EXPECT_STOP_IS(&st, .kind = PTC_KILLED, .sig = SIGKILL);
		ptc_gate_close(&started);
	}
	ptc_log("%d of %d detaches came first", detached, ROUNDS);
	EXPECT_ERRNO(ptc_wait(-1, &status, __WALL | WNOHANG), ECHILD);
}
