// SPDX-License-Identifier: GPL-2.0
#include <elf.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>

#include "ptc.h"
#include "regs.h"

/* Where this arch keeps the syscall number and first argument. */
#if defined(__x86_64__)
#define SYSCALL_NR(r) ((r).orig_rax)
#define SYSCALL_ARG0(r) ((r).rdi)
#elif defined(__i386__)
#define SYSCALL_NR(r) ((r).orig_eax)
#define SYSCALL_ARG0(r) ((r).ebx)
#elif defined(__aarch64__)
#define SYSCALL_NR(r) ((r).regs[8])
#define SYSCALL_ARG0(r) ((r).regs[0])
#endif

PTC_CASE(
	.claim = "At PTRACE_EVENT_EXIT the registers can still be read and show where the exit "
		 "happened: the exit_group syscall, with the exit code as its first argument",
	.man = "PTRACE_O_TRACEEXIT; PTRACE_EVENT stops",
	.spec = "C097",
)
{
#ifdef SYSCALL_NR
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXIT, ptc_exit_tracee, (void *)3);
	struct user_regs_struct regs;
	size_t len = sizeof(regs);

	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, &regs, &len));
	EXPECT_EQ(len, sizeof(regs));
	EXPECT_EQ(SYSCALL_NR(regs), SYS_exit_group);
	EXPECT_EQ(SYSCALL_ARG0(regs), 3);
#else
	ptc_skip("no register layout known for arch %s", PTC_ARCH);
#endif
}
