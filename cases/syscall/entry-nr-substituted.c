// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int call_getppid(void *arg)
{
	/* The tracer turns this getppid into gettid. */
	EXPECT_EQ(ptc_raw_syscall6(SYS_getppid, 0, 0, 0, 0, 0, 0), ptc_gettid());
	return 0;
}
#endif

PTC_CASE(
	.claim = "A syscall number written to orig_rax at the syscall-enter-stop is the syscall "
		 "the kernel runs: a getppid the tracer turned into gettid returns the tracee's "
		 "tid, and the syscall-exit-stop shows the new number",
	.man = "Syscall-stops",
	.spec = "5.A1",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall.ptrace.syscall_redirected; "
		 "rr tests ptrace_change_patched_syscall, ptrace_syscall; "
		 "selftests/x86/ptrace_syscall.c",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	ptc_regs_t regs;

	ptc_syscall_to_entry(pid, SYS_getppid);

	ptc_get_regs(pid, &regs);
	regs.orig_rax = SYS_gettid;
	ptc_set_regs(pid, &regs);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, SYS_gettid);
	EXPECT_EQ(regs.rax, pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
