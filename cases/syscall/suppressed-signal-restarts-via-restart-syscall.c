// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>
#include <time.h>

#include "ptc.h"
#include "syscalls.h"

static int long_sleep(void *arg)
{
	struct timespec ts = { .tv_sec = 3600 }, rem;

	/* Relative: interrupted, it restarts through restart_syscall(2). */
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, &rem);
	return 0;
}

PTC_CASE(
	.claim = "A signal suppressed by the tracer still interrupts a relative "
		 "clock_nanosleep(); the tracee restarts it through restart_syscall, which a "
		 "PTRACE_SYSCALL tracer sees as the next syscall-enter-stop",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "C236",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, long_sleep, NULL);

	ptc_syscall_to_entry(pid, SYS_clock_nanosleep);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_clock_nanosleep);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_restart_syscall);
}
