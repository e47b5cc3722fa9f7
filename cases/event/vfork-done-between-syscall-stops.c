// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "events.h"
#include "syscalls.h"

/* libc's vfork(): clone(CLONE_VM | CLONE_VFORK) where the ABI has no vfork call. */
#ifdef SYS_vfork
#define VFORK_NR SYS_vfork
#else
#define VFORK_NR SYS_clone
#endif

PTC_CASE(
	.claim = "Under PTRACE_SYSCALL with PTRACE_O_TRACEVFORKDONE alone (no TRACEVFORK), a vfork "
		 "reports its syscall-enter-stop, then PTRACE_EVENT_VFORK_DONE once the untraced "
		 "child has exited (no vfork event, no stop of the child), then the vfork "
		 "syscall-exit-stop whose return value is the child's PID, the VFORK_DONE event "
		 "message",
	.man = "PTRACE_O_TRACEVFORKDONE; PTRACE_EVENT stops; Syscall-stops",
	.spec = "C088 C257 5.A8",
	.links = "ptrace-tests: o_tracevforkdone.c",
)
{
	struct ptc_spawn *s = ptc_shared(sizeof(*s));
	struct ptc_stop st;
	unsigned long child;
	pid_t pid;

	s->how = PTC_SPAWN_VFORK;
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACEVFORKDONE | PTRACE_O_TRACESYSGOOD,
			ptc_spawn_tracee, s);
	ptc_syscall_to_entry(pid, VFORK_NR);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	/* Nobody reports first: the child is nobody's tracee. */
	st = ptc_next_stop(-1);
	ASSERT_EQ(st.pid, pid);
	ASSERT_STOP_IS(&st, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_VFORK_DONE, .sig = SIGTRAP);
	child = ptc_eventmsg(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), VFORK_NR);
	EXPECT_EQ(ptc_syscall_ret(pid), (long)child);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(s->child, (pid_t)child);
	EXPECT_TRUE(WIFEXITED(s->child_status) && WEXITSTATUS(s->child_status) == PTC_SPAWN_CODE);
}
