// SPDX-License-Identifier: GPL-2.0
#include <poll.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"

static int fds[2];
static int wait_in_ppoll(void *arg)
{
	struct pollfd pfd = { .fd = fds[0], .events = POLLIN };

	/* With a handler, a delivered signal would make ppoll fail with EINTR. */
	ptc_count_signal(SIGUSR1, SA_RESTART);
	EXPECT_EQ(syscall(SYS_ppoll, &pfd, 1, NULL, NULL, 8), 1);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	return 0;
}

PTC_CASE(
	.claim = "ppoll(), which a handled signal ends with EINTR, is restarted when the "
		 "tracer suppresses the signal: the tracer sees it entered again and the tracee "
		 "gets its normal result",
	.man = "Signal injection and suppression",
	.spec = "C236 C237",
)
{
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, wait_in_ppoll, NULL);
	ptc_syscall_to_entry(pid, SYS_ppoll);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_ppoll);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_ppoll);
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
