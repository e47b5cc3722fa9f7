// SPDX-License-Identifier: GPL-2.0
#include <sched.h>
#include <sys/syscall.h>

#include "events.h"
#include "syscalls.h"

static char stack[64 * 1024] __attribute__((aligned(16)));

static int thread_fn(void *arg)
{
	syscall(SYS_exit, PTC_SPAWN_CODE);
	return 0;
}

/* A thread as pthread_create makes one, plus CLONE_PTRACE. */
static int clone_ptrace_thread(void *arg)
{
	clone(thread_fn, stack + sizeof(stack),
	      CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
		      CLONE_PTRACE,
	      NULL);
	return ptc_idle(NULL);
}

PTC_CASE(
	.claim = "Under PTRACE_SYSCALL with TRACECLONE, a clone(CLONE_THREAD | CLONE_PTRACE) "
		 "reports the clone syscall-enter-stop, then PTRACE_EVENT_CLONE (not the "
		 "syscall-exit-stop), whose event message is the new thread, which reports one "
		 "SIGSTOP signal-delivery-stop as its first stop; then the clone syscall-exit-stop "
		 "returns that TID",
	.man = "PTRACE_O_TRACECLONE; PTRACE_EVENT stops; Syscall-stops",
	.spec = "C083 C256 5.E22 5.A8",
	.variants = "wait",
	.links = "ptrace-tests: ptrace_event_clone.c; https://bugzilla.redhat.com/469693",
)
{
	pid_t pid, thread;

	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACECLONE | PTRACE_O_TRACESYSGOOD,
			clone_ptrace_thread, NULL);
	ptc_syscall_to_entry(pid, SYS_clone);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_CLONE, SIGTRAP);
	thread = ptc_take_new_tracee(pid, false);
	EXPECT_EQ(ptc_proc_tracer(thread), getpid());
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_clone);
	EXPECT_EQ(ptc_syscall_ret(pid), thread);
	/* One SIGSTOP only: the thread runs on to its own exit. */
	ASSERT_OK(PTRACE(PTRACE_CONT, thread, 0, 0));
	ASSERT_EXITED(thread, PTC_SPAWN_CODE);
}
