// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static void *volatile page;

static int map_then_stop(void *arg)
{
	unsigned char vec;

	page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(page != MAP_FAILED);
	EXPECT_EQ(raise(SIGUSR1), 0);
	/* The tracer unmapped it behind our back; nothing else changed. */
	EXPECT_ERRNO(mincore(page, 4096, &vec), ENOMEM);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A tracer can inject a whole syscall into a tracee stopped at a signal: with rip "
		 "on a syscall instruction, rax and the arguments set and orig_rax = -1, "
		 "PTRACE_SYSCALL gives that syscall's enter- and exit-stops; restoring the saved "
		 "registers then lets the tracee resume as if nothing happened (here: its page is "
		 "unmapped)",
	.man = "Syscall-stops; PTRACE_GETREGS",
	.spec = "5.A7",
	.needs = "arch:x86_64",
	.links = "rr tests ptrace_remote_unmap",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, map_then_stop, NULL);
	ptc_regs_t saved, inject, after;
	unsigned long addr;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	addr = ptc_peekdata(pid, (const void *)&page);
	ptc_get_regs(pid, &saved);
	inject = saved;
	inject.rip = (uintptr_t)ptc_insn_syscall;
	inject.rax = SYS_munmap;
	inject.rdi = addr;
	inject.rsi = 4096;
	inject.orig_rax = (uint64_t)-1;
	ptc_set_regs(pid, &inject);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(orig_rax)), SYS_munmap);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &after);
	EXPECT_EQ(after.rax, 0);
	EXPECT_EQ(after.rip, (uintptr_t)ptc_insn_syscall + 2);
	ptc_set_regs(pid, &saved);
	ptc_get_regs(pid, &after);
	EXPECT_EQ(after.rip, saved.rip);
	EXPECT_EQ(after.rsp, saved.rsp);
	EXPECT_EQ(after.rax, saved.rax);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
