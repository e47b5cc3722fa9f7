// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static int raise_usr1(void *arg)
{
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "A tracee in a ptrace-stop shows \"t (tracing stop)\" in the State line of "
		 "/proc/PID/status and 't' in /proc/PID/stat, in a signal-delivery-stop and in a "
		 "group-stop alike (not \"T (stopped)\", which is job control)",
	.man = "Stopped states",
	.spec = "5.D18",
	.links = "ptrace-tests state-tracing-stop.c; linux-git:464763cf1c6d",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_ATTACH, 0, raise_usr1, NULL);
	char state[64];

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_TRUE(strcmp(ptc_proc_status(pid, "State", state, sizeof(state)), "t (tracing stop)") == 0);
	ptc_log("signal-delivery-stop: State: %s", state);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	EXPECT_TRUE(strcmp(ptc_proc_status(pid, "State", state, sizeof(state)), "t (tracing stop)") == 0);
	ptc_log("group-stop: State: %s", state);
	EXPECT_EQ(ptc_proc_state(pid), 't');
}
