// SPDX-License-Identifier: GPL-2.0
#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int fds[2];

static int read_once(void *arg)
{
	EXPECT_EQ(par_read_usr1(fds[0], SA_RESTART), 1);
	return 0;
}

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
	pid_t pid;
	struct par_regs saved;

	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_once, NULL);
	par_stop_in_syscall(pid, PAR_NR_read, &saved);
	par_inferior_call(pid, &saved, (uint64_t)-1);
	par_setregs(pid, &saved);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, PAR_NR_read);
	ASSERT_EQ(write(fds[1], "x", 1), 1);
	ASSERT_EXITED(pid, 0);
}
