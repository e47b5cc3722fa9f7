// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int one_syscall(void *arg)
{
	ptc_raw_syscall6(SYS_gettid, 10, 11, 12, 13, 14, 15);
	return 0;
}

/* The next PTRACE_SYSEMU stop must be the entry of syscall nr with
 * arguments first_arg, first_arg + 1 ... (the first time, the tracee's
 * libc calls before it are skipped on the way: harmless here). */
static void expect_entry(pid_t pid, long nr, long first_arg, bool first)
{
	ptc_regs_t r;
	int skipped = 0;

	do {
		ptc_sysemu_to_entry(pid);
		ptc_get_regs(pid, &r);
	} while (first && (long)r.orig_rax != nr && ++skipped < 100);
	EXPECT_EQ(r.orig_rax, nr);
	EXPECT_EQ(r.rdi, first_arg);
	EXPECT_EQ(r.rsi, first_arg + 1);
	EXPECT_EQ(r.rdx, first_arg + 2);
	EXPECT_EQ(r.r10, first_arg + 3);
	EXPECT_EQ(r.r8, first_arg + 4);
	EXPECT_EQ(r.r9, first_arg + 5);
}
#endif

PTC_CASE(
	.claim = "Under PTRACE_SYSEMU, moving rip back over the syscall instruction with rax set "
		 "to a syscall number re-enters the syscall: the next stop is a syscall-enter-stop "
		 "with that number and the argument registers as left, the old ones or new ones",
	.man = "PTRACE_SYSEMU; Syscall-stops",
	.spec = "5.A5",
	.since = "2.6.14",
	.needs = "arch:x86_64",
	.links = "selftests/x86/ptrace_syscall.c test_ptrace_syscall_restart",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, one_syscall, NULL);
	ptc_regs_t regs;

	expect_entry(pid, SYS_gettid, 10, true);
	ptc_get_regs(pid, &regs);
	regs.rax = regs.orig_rax;
	regs.rip -= 2;
	ptc_set_regs(pid, &regs);
	expect_entry(pid, SYS_gettid, 10, false);
	ptc_get_regs(pid, &regs);
	regs.rax = SYS_getpid;
	regs.rdi = 20, regs.rsi = 21, regs.rdx = 22, regs.r10 = 23, regs.r8 = 24, regs.r9 = 25;
	regs.rip -= 2;
	ptc_set_regs(pid, &regs);
	expect_entry(pid, SYS_getpid, 20, false);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
