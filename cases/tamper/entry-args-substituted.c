// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "x86-regs.h"

#define ASKED 100	/* the descriptor the tracee asks dup2 for */
#define GIVEN 101	/* the one the tracer substitutes */

static int call_dup2(void *arg)
{
	EXPECT_EQ(par_syscall6(PAR_NR_dup2, 0, ASKED, 0, 0, 0, 0), GIVEN);
	EXPECT_NE(fcntl(GIVEN, F_GETFD), -1);
	EXPECT_ERRNO(fcntl(ASKED, F_GETFD), EBADF);
	return 0;
}

PTC_CASE(
	.claim = "Argument registers rewritten at the syscall-enter-stop are the arguments the "
		 "syscall runs with: dup2(0, 100) whose rsi the tracer set to 101 creates "
		 "descriptor 101 and returns it, and 100 stays closed",
	.man = "Syscall-stops",
	.spec = "5.A1",
	.needs = "arch:x86_64",
	.links = "seccomp_bpf.c TRACE_syscall.ptrace.syscall_redirected; "
		 "rr tests ptrace_change_patched_syscall, ptrace_syscall",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_dup2, NULL);
	struct par_regs regs;

	par_to_syscall_entry(pid, PAR_NR_dup2, &regs);
	EXPECT_EQ(regs.rsi, ASKED);
	regs.rsi = GIVEN;
	par_setregs(pid, &regs);
	par_to_syscall_exit(pid, &regs);
	EXPECT_EQ(regs.rax, GIVEN);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
