// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "x86-regs.h"

static int call_getppid(void *arg)
{
	/* The tracer turns this getppid into gettid. */
	EXPECT_EQ(par_syscall6(PAR_NR_getppid, 0, 0, 0, 0, 0, 0), ptc_gettid());
	return 0;
}

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
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	struct par_regs regs;

	par_to_syscall_entry(pid, PAR_NR_getppid, &regs);
	regs.orig_rax = PAR_NR_gettid;
	par_setregs(pid, &regs);
	par_to_syscall_exit(pid, &regs);
	EXPECT_EQ(regs.orig_rax, PAR_NR_gettid);
	EXPECT_EQ(regs.rax, pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
