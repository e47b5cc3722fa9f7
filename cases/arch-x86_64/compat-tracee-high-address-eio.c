// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int elf_fd;

static int exec_i386(void *arg)
{
	char *argv[] = { "ptc-i386-loop", NULL }, *envp[] = { NULL };

	syscall(SYS_execveat, elf_fd, "", argv, envp, AT_EMPTY_PATH);
	return 99;
}
#endif

PTC_CASE(
	.claim = "A 64-bit tracer's PEEKDATA of a 32-bit (compat) tracee uses the whole 64-bit "
		 "address: a word of its image reads back at its address, and the same address "
		 "with bit 32 set fails with EIO instead of being truncated to 32 bits",
	.man = "PTRACE_PEEKDATA; ERRORS",
	.spec = "5.C17 C026",
	.needs = "arch:x86_64 int80",
	.links = "ptrace-tests highmem-debugger.c",
)
{
#if PTC_X86_64
	const unsigned long magic = 0x464c457fUL;	/* "\\x7fELF" */
	pid_t pid;
	long word;

	elf_fd = ptc_i386_loop_elf();
	pid = ptc_start(PTC_TRACEME, 0, exec_i386, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	/* The legacy SIGTRAP after execve: stopped in the i386 image. */
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(cs)), 0x23);
	errno = 0;
	word = PTRACE(PTRACE_PEEKDATA, pid, PTC_I386_BASE, 0);
	ASSERT_EQ(errno, 0);
	EXPECT_EQ((unsigned long)word & 0xffffffffUL, magic);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, (unsigned long)(PTC_I386_BASE | (1ULL << 32)), 0),
		     EIO);
#endif
}
