// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "access.h"
#include "reexec.h"

#define TRACERS 6
#define ATTACHES 100

struct shared {
	int attaches;
	int exec_started;
};

static struct shared *sh;
static struct ptc_gate go;
static pid_t target;

static int exec_on_gate(void *arg)
{
	ptc_gate_wait(&go);
	__atomic_store_n(&sh->exec_started, 1, __ATOMIC_RELEASE);
	ptc_exec_opened("exit", "0");
	PTC_FAIL(true, "execveat of this program: %s", ptc_errno_name(errno));
	return 1;
}

/* Attach, collect the stop, detach, over and over; stop once the target
 * is gone. Any other outcome is a failure of this tracer. */
static int hammer(void *arg)
{
	for (int i = 0; i < ATTACHES; i++) {
		struct ptc_stop st;

		if (PTRACE(PTRACE_ATTACH, target, 0, 0) == -1) {
			/* Another tracer holds it, or it is exiting or gone. */
			if (errno == EPERM || errno == ESRCH)
				continue;
			PTC_FAIL(true, "PTRACE_ATTACH(%d): %s", target, ptc_errno_name(errno));
		}
		__atomic_fetch_add(&sh->attaches, 1, __ATOMIC_RELAXED);
		for (;;) {
			st = ptc_next_stop(target);
			if (st.kind == PTC_EXITED || st.kind == PTC_KILLED)
				return 0;	/* it exited while ours */
			/* The attach SIGSTOP, or the legacy SIGTRAP of its exec. */
			ASSERT_TRUE(st.sig == SIGSTOP || st.sig == SIGTRAP);
			if (st.sig == SIGSTOP)
				break;
			ASSERT_OK(PTRACE(PTRACE_CONT, target, 0, 0));
		}
		ASSERT_OK(PTRACE(PTRACE_DETACH, target, 0, 0));
	}
	return 0;
}

static bool some_attaches(void *arg)
{
	return __atomic_load_n(&sh->attaches, __ATOMIC_RELAXED) >= TRACERS;
}

PTC_CASE(
	.claim = "Many tracers attaching and detaching one process in a loop while it execs do "
		 "not wedge the exec's credential lock: the exec completes, the process exits, "
		 "every tracer ends cleanly and everything is reaped",
	.man = "PTRACE_ATTACH; execve(2) under ptrace",
	.spec = "5.H",
	.links = "gVisor exec.cc ExecvePtraceLockStress",
	.timeout = "60",
)
{
	pid_t tracers[TRACERS];
	int status;

	if (ptc_yama_scope() == 3)
		ptc_skip("Yama ptrace_scope 3 forbids every PTRACE_ATTACH");
	sh = ptc_shared(sizeof(*sh));
	ptc_gate_init(&go);
	ptc_exec_prepare();
	target = ptc_fork(exec_on_gate, NULL);
	for (int i = 0; i < TRACERS; i++)
		tracers[i] = ptc_fork(hammer, NULL);
	/* Exec while the tracers are at it. */
	if (!ptc_poll(some_attaches, NULL))
		ptc_timeout("the tracers did not attach a few times");
	ptc_gate_open(&go);
	for (int i = 0; i < TRACERS; i++)
		ASSERT_EXITED(tracers[i], 0);
	ASSERT_EXITED(target, 0);
	ptc_log("%d attaches in all", sh->attaches);
	EXPECT_EQ(sh->exec_started, 1);
	EXPECT_ERRNO(ptc_wait(-1, &status, __WALL | WNOHANG), ECHILD);
}
