// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int call_twice(void *arg)
{
	/* Raw: the value is whatever rax held. */
	EXPECT_EQ(ptc_raw_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0), 4242);
	/* Through libc: an error value becomes -1 with errno. */
	EXPECT_ERRNO(syscall(SYS_getppid), EPERM);
	return 0;
}
#endif

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
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_twice, NULL);
	ptc_regs_t regs;

	ptc_syscall_to_entry(pid, SYS_getpid);

	ptc_get_regs(pid, &regs);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rax, pid);
	ptc_pokeuser(pid, PTC_USER_REG(rax), 4242);
	ptc_syscall_to_entry(pid, SYS_getppid);
	ptc_get_regs(pid, &regs);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	ptc_pokeuser(pid, PTC_USER_REG(rax), (unsigned long)-EPERM);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
