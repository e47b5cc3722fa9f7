// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int read_by_int80(void *arg)
{
	/* Not restarted: the (32-bit) kernel-internal code comes back. */
	EXPECT_EQ(ptc_read_usr1_int80(fds[0], SA_RESTART), -PTC_ERESTARTSYS);
	return 0;
}
#endif

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
#if PTC_X86_64
	ptc_regs_t regs;
	struct ptc_stop st;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_by_int80, NULL);
	ptc_stop_in_syscall(pid, PTC_NR32_read);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, PTC_NR32_read);
	EXPECT_EQ((int)regs.rax, -PTC_ERESTARTSYS);
	regs.orig_rax = 0xffffffffULL;
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_report_unless_blocked(pid, PTC_NR32_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
#endif
}
