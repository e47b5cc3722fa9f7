// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"

static int pause_for_sigint(void *arg)
{
	errno = 0;
	EXPECT_EQ(pause(), -1);
	EXPECT_EQ(errno, EINTR);
	EXPECT_EQ(ptc_signal_count(SIGINT), 1);
	return 0;
}

PTC_CASE(
	.claim = "A signal sent while the tracee sits in the syscall-enter-stop of pause() is "
		 "not lost when the tracer resumes it with PTRACE_CONT: it stays pending, pause "
		 "finds it at once, the next report is its signal-delivery-stop (no "
		 "syscall-exit-stop), and once injected the handler runs and pause returns EINTR",
	.man = "Syscall-stops; Signal injection and suppression",
	.spec = "C265 C233",
	.variants = "wait",
	.links = "ptrace-tests: signal-loss.c; https://bugzilla.redhat.com/469684",
)
{
	pid_t pid;

	ptc_count_signal(SIGINT, 0);
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, pause_for_sigint, NULL);
	ptc_syscall_to_entry(pid, PTC_PAUSE_NR);
	ASSERT_OK(kill(pid, SIGINT));
	/* Queued, and nothing reported: the stopped tracee does not act on it. */
	EXPECT_TRUE(ptc_proc_has_signal(pid, "ShdPnd", SIGINT));
	EXPECT_NO_REPORT(pid, __WALL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGINT);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGINT));
	ASSERT_EXITED(pid, 0);
}
