// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "On x86_64, PTRACE_SINGLESTEP from a syscall-enter-stop lets the syscall run "
		 "and stops with a SIGTRAP (si_code TRAP_BRKPT) right after it, before the next "
		 "instruction: the instruction pointer is still the enter-stop's",
	.man = "PTRACE_SINGLESTEP; Syscall-stops",
	.spec = "C117",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	ptc_regs_t r;
	unsigned long ip;
	siginfo_t si;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ip = ptc_tracee_ip(pid);
	ASSERT_OK(PTRACE(PTRACE_SINGLESTEP, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_code, TRAP_BRKPT);
	ptc_get_regs(pid, &r);
	EXPECT_EQ(PTC_IP_OF(r), ip);
	/* The syscall ran: its result is in place. */
	EXPECT_EQ((long)PTC_REG_RET(r), getpid());
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
