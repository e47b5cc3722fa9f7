// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "parity.h"
#include "events.h"
#include "ptc.h"
#include "x86-regs.h"
#include "seccomp.h"

static int filtered(void *arg)
{
	long nrs[] = { PAR_NR_getpid, PAR_NR_getppid };
	uint32_t actions[] = { SECCOMP_RET_TRACE | 7, SECCOMP_RET_ERRNO | EPERM };

	ASSERT_OK(ptc_seccomp_filter(nrs, actions, 2));
	EXPECT_EQ(par_syscall6(PAR_NR_getpid, 0, 0, 0, 0, 0, 0), -EPERM);
	return 0;
}

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
	pid_t pid;

	par_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESECCOMP, filtered, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_SECCOMP, SIGTRAP);
	EXPECT_EQ(ptc_eventmsg(pid), 7);
	par_pokeuser(pid, PAR_REG_OFF(orig_rax), PAR_NR_getppid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
