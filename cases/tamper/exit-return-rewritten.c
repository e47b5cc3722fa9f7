// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "x86-regs.h"

static int call_twice(void *arg)
{
	/* Raw: the value is whatever rax held. */
	EXPECT_EQ(par_syscall6(PAR_NR_getpid, 0, 0, 0, 0, 0, 0), 4242);
	/* Through libc: an error value becomes -1 with errno. */
	EXPECT_ERRNO(syscall(SYS_getppid), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "The value the tracer writes to rax at a syscall-exit-stop is what the syscall "
		 "returns to the tracee: getpid returns 4242, and getppid given -EPERM fails "
		 "with errno EPERM",
	.man = "Syscall-stops",
	.spec = "5.A2",
	.needs = "arch:x86_64",
	.links = "rr tests ptrace_syscall, ptrace_singlestep; gVisor ptrace.cc ERESTART",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_twice, NULL);
	struct par_regs regs;

	par_to_syscall_entry(pid, PAR_NR_getpid, &regs);
	par_to_syscall_exit(pid, &regs);
	EXPECT_EQ(regs.rax, pid);
	par_pokeuser(pid, PAR_REG_OFF(rax), 4242);
	par_to_syscall_entry(pid, PAR_NR_getppid, &regs);
	par_to_syscall_exit(pid, &regs);
	par_pokeuser(pid, PAR_REG_OFF(rax), (unsigned long)-EPERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
