// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

#define ASKED 100	/* the descriptor the tracee asks dup2 for */
#define GIVEN 101	/* the one the tracer substitutes */

static int call_dup2(void *arg)
{
	EXPECT_EQ(ptc_raw_syscall6(SYS_dup2, 0, ASKED, 0, 0, 0, 0), GIVEN);
	EXPECT_NE(fcntl(GIVEN, F_GETFD), -1);
	EXPECT_ERRNO(fcntl(ASKED, F_GETFD), EBADF);
	return 0;
}
#endif

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
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_dup2, NULL);
	ptc_regs_t regs;

	ptc_syscall_to_entry(pid, SYS_dup2);

	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rsi, ASKED);
	regs.rsi = GIVEN;
	ptc_set_regs(pid, &regs);
	ptc_syscall_resume(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rax, GIVEN);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
