// SPDX-License-Identifier: GPL-2.0
#include "events.h"

PTC_CASE(
	.claim = "A child created with CLONE_PTRACE is traced by its parent's tracer even without "
		 "any TRACE* option: the parent reports no event, the child starts with a SIGSTOP "
		 "signal-delivery-stop, and the tracer can restart it with PTRACE_SYSCALL into a "
		 "syscall-stop (the parent's TRACESYSGOOD carried over)",
	.man = "Attaching and detaching",
	.spec = "5.E22",
	.variants = "wait",
	.links = "ptrace-tests clone-ptrace.c; https://bugzilla.redhat.com/461552 "
		 "(formerly also identity.clone-ptrace-child-traced)",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	pid_t pid;

	s->how = PTC_SPAWN_CLONE;
	s->clone_flags = CLONE_PTRACE | SIGCHLD;
	s->marker = true;
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_spawn_tracee, s);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* The first report of anyone is the child's. */
	st = ptc_next_stop(-1);
	ASSERT_NE(st.pid, pid);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGSTOP);
	EXPECT_EQ(ptc_proc_tracer(st.pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, st.pid, 0, 0));
	ASSERT_STOP(st.pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, 0));
	ASSERT_EXITED(st.pid, PTC_SPAWN_CODE);
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(s->child, st.pid);
}
