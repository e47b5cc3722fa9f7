// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static struct ptc_gate ready;

static int unprivileged_with_thread(void *arg)
{
	pid_t *tid = arg;

	ptc_become_unprivileged();
	*tid = ptc_thread_start(ptc_idle_thread, NULL);
	ptc_gate_open(&ready);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "At the event and syscall stops of a thread, GETSIGINFO's si_pid is that "
		 "thread's own TID (not its process ID) and si_uid the tracee's uid",
	.man = "PTRACE_GETSIGINFO; Syscall-stops",
	.spec = "C056",
	.needs = "root",
)
{
	pid_t *tid = ptc_shared(sizeof(*tid));
	pid_t pid;
	siginfo_t si;

	ptc_gate_init(&ready);
	pid = ptc_fork(unprivileged_with_thread, tid);
	ptc_gate_wait(&ready);
	ASSERT_NE(*tid, pid);
	ASSERT_OK(PTRACE(PTRACE_SEIZE, *tid, 0, PTRACE_O_TRACESYSGOOD));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, *tid, 0, 0));
	ASSERT_EVENT_STOP(*tid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, *tid, 0, &si));
	EXPECT_EQ(si.si_pid, *tid);
	EXPECT_EQ(si.si_uid, PTC_UNPRIVILEGED_ID);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, *tid, 0, 0));
	ASSERT_SYSCALL_STOP(*tid);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, *tid, 0, &si));
	EXPECT_EQ(si.si_pid, *tid);
	EXPECT_EQ(si.si_uid, PTC_UNPRIVILEGED_ID);
}
