// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static const unsigned long args[6] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666 };

static int call_getppid(void *arg)
{
	/* getppid ignores its arguments; the registers still carry them. */
	syscall(SYS_getppid, args[0], args[1], args[2], args[3], args[4], args[5]);
	return 0;
}

PTC_CASE(
	.claim = "At a syscall-enter-stop the tracee's registers hold the syscall number and "
		 "its six arguments as the tracee passed them",
	.man = "Syscall-stops",
	.spec = "C263",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	ptc_regs_t r;

	ptc_syscall_to_entry(pid, SYS_getppid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getppid);
	ptc_get_regs(pid, &r);
	for (int i = 0; i < 6; i++)
		EXPECT_EQ(ptc_regs_arg(&r, i), args[i]);
}
