// SPDX-License-Identifier: GPL-2.0
#include <linux/seccomp.h>

#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"
#include "seccomp.h"

static int filtered(void *arg)
{
	long nr = PAR_NR_getppid;
	uint32_t action = SECCOMP_RET_ERRNO | EPERM;

	ASSERT_OK(ptc_seccomp_filter(&nr, &action, 1));
	/* getpid is allowed, but the tracer turns it into getppid. */
	EXPECT_EQ(par_syscall6(PAR_NR_getpid, 0, 0, 0, 0, 0, 0), -EPERM);
	return 0;
}

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
	pid_t pid;
	struct par_regs regs;

	par_require_seccomp_filter();
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, filtered, NULL);
	par_to_syscall_entry(pid, PAR_NR_getpid, &regs);
	regs.orig_rax = PAR_NR_getppid;
	par_setregs(pid, &regs);
	par_to_syscall_exit(pid, &regs);
	EXPECT_EQ((long)regs.rax, -EPERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
