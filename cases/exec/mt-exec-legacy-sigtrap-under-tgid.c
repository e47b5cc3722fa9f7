// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "Without PTRACE_O_TRACEEXEC, a non-leader exec in a process whose threads are "
		 "all PTRACE_ATTACHed with TRACEEXIT shows the leader's PTRACE_EVENT_EXIT with "
		 "event message 0, then the legacy post-exec SIGTRAP (status 0x57f, SI_USER from "
		 "the process itself) under the leader's TID, not the exec'ing thread's; the "
		 "exec'd program then runs under that TID",
	.man = "execve(2) under ptrace; PTRACE_O_TRACEEXIT",
	.spec = "C290 C093 C220 C222",
	.variants = "wait",
	.links = "ptrace-tests: non-leader exec",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;
	siginfo_t si;
	pid_t tgid;

	t->action[2] = PTC_T_EXEC;
	t->code[2] = 5;
	tgid = ptc_threads_start(t);
	/* ptc_threads_attach, with options set at each SIGSTOP. */
	for (int i = 0; i < PTC_NTHREADS; i++) {
		ASSERT_OK(PTRACE(PTRACE_ATTACH, t->tid[i], 0, 0));
		ASSERT_SIGNAL_STOP(t->tid[i], SIGSTOP);
		ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, t->tid[i], 0, PTRACE_O_TRACEEXIT));
		ASSERT_OK(PTRACE(PTRACE_CONT, t->tid[i], 0, 0));
	}
	ptc_mt_exec_run(t, &r, true);
	EXPECT_TRUE(r.exit_event[0]);
	EXPECT_EQ(r.exit_msg[0], 0);
	EXPECT_EQ(r.leader_after.pid, tgid);
	ASSERT_STOP_IS(&r.leader_after, .kind = PTC_SIGNAL_STOP, .sig = SIGTRAP);
	EXPECT_EQ(r.leader_after.status, 0x57f);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, tgid, 0, &si));
	EXPECT_EQ(si.si_code, SI_USER);
	EXPECT_EQ(si.si_pid, tgid);
	/* Suppressed: the exec'd program exits, with the exec'ing thread's TRACEEXIT. */
	ASSERT_OK(PTRACE(PTRACE_CONT, tgid, 0, 0));
	ASSERT_EVENT_STOP(tgid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, tgid, 0, 0));
	ASSERT_EXITED(tgid, 5);
}
