// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static const long invalid[] = { -101, -2, 100000, 0x7fffffff };
#define N (sizeof(invalid) / sizeof(invalid[0]))
#define PLANTED 0x1234

static int calls(void *arg)
{
	for (unsigned i = 0; i < N; i++)
		EXPECT_EQ(ptc_raw_syscall6(SYS_getppid, 0, 0, 0, 0, 0, 0), -ENOSYS);
	/* Control: -1 skips the syscall and leaves rax alone. */
	EXPECT_EQ(ptc_raw_syscall6(SYS_getppid, 0, 0, 0, 0, 0, 0), PLANTED);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A syscall number other than -1 that names no syscall, written to orig_rax at "
		 "the syscall-enter-stop, makes the syscall return -ENOSYS whatever the tracer left "
		 "in rax; only -1 skips it leaving the tracer's rax. do_syscall_64 takes the number "
		 "syscall_trace_enter() re-reads after the stop, as an int, and writes "
		 "sys_ni_syscall's -ENOSYS for any that is not native, x32 or -1 (6.1, 6.12, "
		 "mainline). Before the 2021 rework of x86 syscall numbers only in-range numbers "
		 "were dispatched and rax kept, which ptrace-tests syscall-reset.c still expects",
	.man = "Syscall-stops",
	.spec = "5.A6 C272",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c negative_ENOSYS; selftests/x86/syscall_numbering.c; "
		 "ptrace-tests syscall-reset.c expects the older behaviour",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, calls, NULL);
	ptc_regs_t regs;

	for (unsigned i = 0; i <= N; i++) {
		ptc_syscall_to_entry(pid, SYS_getppid);
		ptc_get_regs(pid, &regs);
		regs.orig_rax = i < N ? (uint64_t)invalid[i] : (uint64_t)-1;
		regs.rax = PLANTED;
		ptc_set_regs(pid, &regs);
		ptc_syscall_resume(pid);
		ptc_get_regs(pid, &regs);
		EXPECT_EQ((long)regs.rax, i < N ? -ENOSYS : PLANTED);
	}
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
