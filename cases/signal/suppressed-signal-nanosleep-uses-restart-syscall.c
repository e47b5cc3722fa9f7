// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>
#include <time.h>

#include "ptc.h"
#include "syscalls.h"

static int sleep_long(void *arg)
{
	struct timespec ts = { .tv_sec = 100000 };

	syscall(SYS_nanosleep, &ts, NULL);
	return 0;
}

PTC_CASE(
	.claim = "A nanosleep cut short by a suppressed signal is resumed through "
		 "restart_syscall: resumed with PTRACE_SYSCALL, the tracee's next stop is a "
		 "syscall-enter-stop of restart_syscall, not of nanosleep",
	.man = "Signal injection and suppression",
	.spec = "C236",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, sleep_long, NULL);

	ptc_syscall_to_entry(pid, SYS_nanosleep);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_nanosleep);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_restart_syscall);
}
