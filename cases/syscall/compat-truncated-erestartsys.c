// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int read_by_int80(void *arg)
{
	EXPECT_EQ(ptc_read_usr1_int80(fds[0], SA_RESTART), -PTC_ERESTARTSYS);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A 64-bit tracer restoring the registers of a compat (int $0x80) syscall after a "
		 "debugger-style call, with rax cut to 32 bits (0x00000000fffffe00), does not re-arm "
		 "the restart: away from a syscall the value is not sign-extended, so it is no "
		 "-ERESTARTSYS and the read returns it unrestarted",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "5.A4 5.C17",
	.needs = "arch:x86_64 int80",
	.links = "ptrace-tests erestartsys-trap-32fails-debugger.c; "
		 "https://bugzilla.redhat.com/434995; https://bugzilla.redhat.com/436183",
)
{
#if PTC_X86_64
	ptc_regs_t saved;
	struct ptc_stop st;
	pid_t pid;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_by_int80, NULL);
	ptc_stop_in_syscall(pid, PTC_NR32_read);
	ptc_get_regs(pid, &saved);
	ptc_inferior_call(pid, &saved, 0xffffffffULL);
	saved.rax &= 0xffffffffULL;
	ptc_set_regs(pid, &saved);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_report_unless_blocked(pid, PTC_NR32_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
#endif
}
