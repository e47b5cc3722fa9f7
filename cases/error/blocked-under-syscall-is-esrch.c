// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "A tracee resumed with PTRACE_SYSCALL from its syscall-enter-stop and now blocked "
		 "inside that syscall counts as running: requests needing a stop fail with ESRCH",
	.man = "Stopped states; ERRORS",
	.spec = "C016 C020",
)
{
	struct ptc_gate in;
	pid_t pid;
	siginfo_t si;
	unsigned long msg;

	ptc_gate_init(&in);
	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_read_once, &in);
	ptc_syscall_to_entry(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_SYSCALL, pid, 0, 0), ESRCH);
	/* Let read() return: the syscall-exit-stop follows. */
	ASSERT_EQ(write(in.wr, "x", 1), 1);
	ASSERT_SYSCALL_STOP(pid);
}
