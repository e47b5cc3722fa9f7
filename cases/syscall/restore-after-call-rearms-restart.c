// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86_64

static int fds[2];

static int read_once(void *arg)
{
	EXPECT_EQ(ptc_read_usr1(fds[0], SA_RESTART), 1);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A debugger-style call at the signal-delivery-stop of an interrupted read works: "
		 "with rip moved to a function and orig_rax = -1 the function runs from its first "
		 "instruction; restoring the saved registers afterwards re-arms the restart, and "
		 "the read completes",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "5.A4",
	.needs = "arch:x86_64",
	.links = "ptrace-tests erestartsys.c, erestartsys-trap.c; "
		 "https://bugzilla.redhat.com/434995; https://bugzilla.redhat.com/436183",
)
{
#if PTC_X86_64
	pid_t pid;
	ptc_regs_t saved;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_once, NULL);
	ptc_stop_in_syscall(pid, SYS_read);
	ptc_get_regs(pid, &saved);
	ptc_inferior_call(pid, &saved, (uint64_t)-1);
	ptc_set_regs(pid, &saved);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
#endif
}
