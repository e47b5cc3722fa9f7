// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

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
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, map_then_stop, NULL);
	struct par_regs saved, inject, after;
	unsigned long addr;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	addr = par_peekdata(pid, (const void *)&page);
	par_getregs(pid, &saved);
	inject = saved;
	inject.rip = (uintptr_t)par_insn_syscall;
	inject.rax = PAR_NR_munmap;
	inject.rdi = addr;
	inject.rsi = 4096;
	inject.orig_rax = (uint64_t)-1;
	par_setregs(pid, &inject);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	EXPECT_EQ(par_peekuser(pid, PAR_REG_OFF(orig_rax)), PAR_NR_munmap);
	par_to_syscall_exit(pid, &after);
	EXPECT_EQ(after.rax, 0);
	EXPECT_EQ(after.rip, (uintptr_t)par_insn_syscall + 2);
	par_setregs(pid, &saved);
	par_getregs(pid, &after);
	EXPECT_EQ(after.rip, saved.rip);
	EXPECT_EQ(after.rsp, saved.rsp);
	EXPECT_EQ(after.rax, saved.rax);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
