// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int fds[2];

static int read_by_int80(void *arg)
{
	/* Not restarted: the (32-bit) kernel-internal code comes back. */
	EXPECT_EQ(par_read_usr1_int80(fds[0], SA_RESTART), -PAR_ERESTARTSYS);
	return 0;
}

PTC_CASE(
	.claim = "For a tracee interrupted in a compat (int $0x80) syscall, orig_rax written as "
		 "the 32-bit -1 zero-extended (0x00000000ffffffff) by a 64-bit tracer at the "
		 "signal-delivery-stop counts as -1: the read is not restarted and returns "
		 "-ERESTARTSYS",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "5.A4 5.C17",
	.needs = "arch:x86_64 int80",
	.links = "ptrace-tests erestartsys-debugger.c (64-bit debugger, 32-bit debuggee); "
		 "https://bugzilla.redhat.com/434995; https://bugzilla.redhat.com/436183",
)
{
	struct par_regs regs;
	struct ptc_stop st;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_by_int80, NULL);
	par_stop_in_syscall(pid, PAR_NR32_read, &regs);
	EXPECT_EQ(regs.orig_rax, PAR_NR32_read);
	EXPECT_EQ((int)regs.rax, -PAR_ERESTARTSYS);
	regs.orig_rax = 0xffffffffULL;
	par_setregs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = par_report_unless_blocked(pid, PAR_NR32_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
}
