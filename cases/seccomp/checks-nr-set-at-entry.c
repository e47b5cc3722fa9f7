// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "ptc.h"
#include "regs.h"
#include "seccomp.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int filtered(void *arg)
{
	long nr = SYS_getppid;
	uint32_t action = PTC_SECCOMP_RET_ERRNO | EPERM;

	ASSERT_OK(ptc_seccomp_filter(&nr, &action, 1));
	/* getpid is allowed, but the tracer turns it into getppid. */
	EXPECT_EQ(ptc_raw_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0), -EPERM);
	return 0;
}
#endif

PTC_CASE(
	.claim = "Seccomp filters run after the syscall-enter-stop on the syscall the tracer "
		 "left there: a getpid the tracer turns into getppid fails with the EPERM the "
		 "filter gives getppid",
	.man = "Syscall-stops; PTRACE_O_TRACESECCOMP",
	.spec = "5.A9",
	.since = "4.8",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall.ptrace.skip_after; linux-git:93e35efb8de4",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs;

	ptc_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, filtered, NULL);
	ptc_syscall_to_entry(pid, SYS_getpid);
	ptc_get_regs(pid, &regs);
	regs.orig_rax = SYS_getppid;
	ptc_set_regs(pid, &regs);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ((long)regs.rax, -EPERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
