// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "signals.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int read_once(void *arg)
{
	/* Not restarted: the kernel-internal code reaches user space. */
	EXPECT_EQ(ptc_read_usr1(fds[0], SA_RESTART), -PTC_ERESTARTSYS);
	EXPECT_EQ(ptc_signal_count(SIGUSR1), 0);
	return 0;
}
#endif

PTC_CASE(
	.claim = "orig_rax = -1 written at the signal-delivery-stop of an interrupted read tells "
		 "the kernel the tracee is not in a syscall: the read is not restarted after the "
		 "suppressed signal and returns the -ERESTARTSYS (-512) left in rax",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "5.A4",
	.needs = "arch:x86_64",
	.links = "ptrace-tests erestartsys.c; https://bugzilla.redhat.com/434995; "
		 "https://bugzilla.redhat.com/436183",
	.variants = "wait",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t regs;
	struct ptc_stop st;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_once, NULL);
	ptc_stop_in_syscall(pid, SYS_read);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.orig_rax, SYS_read);
	EXPECT_EQ((long)regs.rax, -PTC_ERESTARTSYS);
	regs.orig_rax = (uint64_t)-1;
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_report_unless_blocked(pid, SYS_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
#endif
}
