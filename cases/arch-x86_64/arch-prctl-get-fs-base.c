// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
/* Where the tracee moves its FS base for one stop: its own, and no FS base
 * the tracer (a fork sharing the address) has. */
static unsigned long moved_fs[64] __attribute__((aligned(64)));

/* glibc reaches TLS and the stack-protector canary through FS, so the move,
 * the trap and the move back are one stretch of assembly that touches
 * neither; at the trap rax holds the result of the move (0). */
static int trap_with_moved_fs(void *unused)
{
	unsigned long own = 0;
	long moved, back;

	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_FS, &own));
	__asm__ volatile("mov %[nr], %%eax\n\t"
			 "mov %[code], %%edi\n\t"
			 "mov %[there], %%rsi\n\t"
			 "syscall\n\t"
			 "mov %%rax, %[moved]\n\t"
			 "int3\n\t"
			 "mov %[nr], %%eax\n\t"
			 "mov %[code], %%edi\n\t"
			 "mov %[own], %%rsi\n\t"
			 "syscall"
			 : "=&a"(back), [moved] "=&r"(moved)
			 : [nr] "i"(SYS_arch_prctl), [code] "i"(ARCH_SET_FS),
			   [there] "r"(moved_fs), [own] "r"(own)
			 : "rdi", "rsi", "rcx", "r11", "memory");
	EXPECT_EQ(moved, 0);
	EXPECT_EQ(back, 0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_ARCH_PRCTL with ARCH_GET_FS in data writes the tracee's FS base to "
		 "the tracer's address in addr (arch_prctl's arguments, swapped): the base the "
		 "tracee set for itself, not the tracer's own",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C188",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap_with_moved_fs, NULL);
	unsigned long mine = 0, theirs = 0;
	ptc_regs_t regs;

	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_FS, &mine));
	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	/* The tracee's own ARCH_SET_FS succeeded: its FS base is moved_fs. */
	ASSERT_EQ(PTC_REG_RET(regs), 0);
	ASSERT_OK(PTRACE(PTRACE_ARCH_PRCTL, pid, &theirs, ARCH_GET_FS));
	EXPECT_EQ(theirs, (uintptr_t)moved_fs);
	EXPECT_NE(theirs, mine);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
