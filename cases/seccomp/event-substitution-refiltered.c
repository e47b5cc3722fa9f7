// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "ptc.h"
#include "events.h"
#include "regs.h"
#include "seccomp.h"
#include "x86.h"

#if PTC_X86_64

static int filtered(void *arg)
{
	long nrs[] = { SYS_getpid, SYS_getppid };
	uint32_t actions[] = { PTC_SECCOMP_RET_TRACE | 7, PTC_SECCOMP_RET_ERRNO | EPERM };

	ASSERT_OK(ptc_seccomp_filter(nrs, actions, 2));
	EXPECT_EQ(ptc_raw_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0), -EPERM);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A syscall number the tracer substitutes at PTRACE_EVENT_SECCOMP is filtered "
		 "again: getpid (RET_TRACE) turned into getppid (RET_ERRNO EPERM) fails with "
		 "EPERM",
	.man = "PTRACE_O_TRACESECCOMP",
	.spec = "5.A9 C278 C279",
	.since = "4.8",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall.seccomp.skip_after; linux-git:ce6526e8afa4",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid;

	ptc_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, filtered, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 7);
	ptc_pokeuser(pid, PTC_USER_REG(orig_rax), SYS_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
