// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static int ignore_and_pause(void *arg)
{
	signal(SIGUSR1, SIG_IGN);
	EXPECT_EQ(pause(), 0);
	return 0;
}

/* A tracee in the syscall-exit-stop of a pause that an ignored SIGUSR1
 * interrupted. */
static pid_t pause_interrupted(void)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ignore_and_pause, NULL);

	ptc_syscall_to_entry(pid, PTC_PAUSE_NR);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, PTC_PAUSE_NR);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), PTC_PAUSE_NR);
	EXPECT_EQ(ptc_syscall_ret(pid), -PTC_ERESTARTNOHAND);
	/* Queued although ignored, and not yet dequeued. */
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGUSR1));
	return pid;
}

PTC_CASE(
	.claim = "A signal the tracee ignores (SIG_IGN) still interrupts its pause(): "
		 "sig_ignored() never ignores a signal for a traced task (SIGKILL aside), so "
		 "it is queued and wakes pause, whose syscall-exit-stop shows -ERESTARTNOHAND "
		 "(-514) with the signal still pending. Detached from there, the tracee "
		 "dequeues it in get_signal(), finds SIG_IGN and drops it without a stop, and "
		 "with no handler to run arch_do_signal_or_restart() restarts pause; a tracer "
		 "that rewrote the return value to 0 first leaves nothing to restart, and pause "
		 "returns 0",
	.man = "Syscall-stops; Signal-delivery-stop; PTRACE_DETACH",
	.spec = "C004 5.A3",
	.links = "ptrace-tests: erestartsys.c, erestartsys-debugger.c; gVisor ptrace.cc ERESTART",
)
{
	pid_t control = pause_interrupted();
	pid_t pid;

	/* Control: left as it is, the result is restarted and pause sleeps
	 * again, with the signal gone. */
	ASSERT_OK(PTRACE(PTRACE_DETACH, control, 0, 0));
	ptc_wait_blocked(control, PTC_PAUSE_NR);
	EXPECT_FALSE(ptc_proc_has_signal(control, "ShdPnd", SIGUSR1));
	EXPECT_FALSE(ptc_proc_has_signal(control, "SigPnd", SIGUSR1));

	pid = pause_interrupted();
	ptc_set_syscall_ret(pid, 0);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
