// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sys/mman.h>

#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int write_once_int80(void *arg)
{
	/* int $0x80 takes 32-bit pointers: a buffer below 4 GiB. */
	char *buf = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
			 -1, 0);

	ASSERT_TRUE(buf != MAP_FAILED);
	buf[0] = 'x';
	EXPECT_EQ(ptc_int80(PTC_NR32_write, fds[1], (long)buf, 1), 1);
	EXPECT_EQ(read(fds[0], buf, 4), 2);
	return 0;
}
#endif

PTC_CASE(
	.claim = "The tracer-induced restart also works on the int $0x80 entry path of a 64-bit "
		 "tracee: at the syscall-exit-stop, rax set to the (i386) syscall number and rip "
		 "moved back 2 bytes make the compat write run again",
	.man = "Syscall-stops",
	.spec = "5.A5",
	.needs = "arch:x86_64 int80",
	.links = "selftests/x86/ptrace_syscall.c test_ptrace_syscall_restart (int80 path)",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs;

	ASSERT_OK(pipe2(fds, O_NONBLOCK));
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, write_once_int80, NULL);
	ptc_syscall_to_entry(pid, PTC_NR32_write);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(ptc_peekdata(pid, (const void *)(uintptr_t)(regs.rip - 2)) & 0xffff, 0x80cd);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rax, 1);
	ptc_rewind_syscall(pid, &regs);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(orig_rax)), PTC_NR32_write);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
