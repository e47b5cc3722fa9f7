// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>
#include <time.h>

#include "ptc.h"
#include "events.h"
#include "regs.h"
#include "seccomp.h"
#include "x86.h"

#if PTC_X86_64

static int filtered(void *arg)
{
	long nrs[] = { SYS_nanosleep, SYS_restart_syscall };
	uint32_t actions[] = { PTC_SECCOMP_RET_TRACE | 1, PTC_SECCOMP_RET_TRACE | 2 };
	struct timespec ts = { .tv_sec = 100000 };

	ASSERT_OK(ptc_seccomp_filter(nrs, actions, 2));
	ptc_raw_syscall6(SYS_nanosleep, (long)&ts, 0, 0, 0, 0, 0);
	return 1;	/* never: the case ends while it sleeps */
}
#endif

PTC_CASE(
	.claim = "A nanosleep interrupted by a stop is resumed through restart_syscall, which "
		 "the filters see as a syscall of its own: a second PTRACE_EVENT_SECCOMP, with "
		 "that rule's data and orig_rax = restart_syscall",
	.man = "PTRACE_O_TRACESECCOMP; Group-stop",
	.spec = "5.A9",
	.since = "4.8",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall syscall_restart",
)
{
#if PTC_X86_64
	pid_t pid;

	ptc_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, filtered, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_nanosleep);
	ASSERT_OK(kill(pid, SIGSTOP));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 2);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(orig_rax)), SYS_restart_syscall);
#endif
}
