// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

/* Bring thread i, blocked on its command pipe, to the syscall-enter-stop
 * of its execve: interrupt it, tell it to exec, then step it syscall by
 * syscall. */
static void to_execve_entry(struct ptc_threads *t, int i)
{
	pid_t tid = t->tid[i];

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, tid, 0, 0));
	ASSERT_EVENT_STOP(tid, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_threads_go(t, i);
	ptc_syscall_to_entry(tid, SYS_execve);
}

PTC_CASE(
	.claim = "When two threads call execve at once, each reports its syscall-enter-stop, but "
		 "only one exec happens: one PTRACE_EVENT_EXEC and one execve syscall-exit-stop, both "
		 "under the TGID; the other thread just dies",
	.man = "execve(2) under ptrace",
	.spec = "C292 C267",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	int exec_stops = 0, exit_stops = 0, deaths = 0;
	pid_t tgid;

	for (int i = 1; i < PTC_NTHREADS; i++) {
		t->action[i] = PTC_T_EXEC;
		t->code[i] = 5;
	}
	tgid = ptc_threads_start(t);
	ptc_threads_seize(t, 7, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC);
	to_execve_entry(t, 1);
	to_execve_entry(t, 2);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, t->tid[1], 0, 0));
	/* Thread 1's exec may already be killing thread 2 (ESRCH then). */
	if (PTRACE(PTRACE_SYSCALL, t->tid[2], 0, 0) == -1)
		EXPECT_EQ(errno, ESRCH);
	for (;;) {
		struct ptc_stop st = ptc_next_stop(-1);

		if (st.kind == PTC_EXITED && st.pid == tgid) {
			EXPECT_EQ(st.code, 5);
			break;
		}
		if (st.kind == PTC_EXITED || st.kind == PTC_KILLED) {
			/* The losing thread; never the TGID. */
			EXPECT_TRUE(st.pid == t->tid[1] || st.pid == t->tid[2]);
			deaths++;
			continue;
		}
		if (st.kind == PTC_EVENT_STOP) {
			ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC);
			EXPECT_EQ(st.pid, tgid);
			exec_stops++;
			ASSERT_OK(PTRACE(PTRACE_SYSCALL, st.pid, 0, 0));
			continue;
		}
		/* Only the winner's execve returns, under the TGID. */
		ASSERT_STOP_IS(&st, .kind = PTC_SYSCALL_STOP);
		EXPECT_EQ(st.pid, tgid);
		EXPECT_EQ(ptc_proc_syscall(st.pid), SYS_execve);
		exit_stops++;
		ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	}
	EXPECT_EQ(exec_stops, 1);
	EXPECT_EQ(exit_stops, 1);
	EXPECT_EQ(deaths, 1);
}
