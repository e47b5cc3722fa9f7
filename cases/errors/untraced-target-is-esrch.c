// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

PTC_CASE(
	.claim = "Requests other than ATTACH, SEIZE and TRACEME on a thread nobody traces fail "
		 "with ESRCH and leave it untouched",
	.man = "ERRORS",
	.spec = "C017",
)
{
	struct ptc_gate gate;
	siginfo_t si;
	long word;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_fork(lc_wait_gate, &gate);
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_ERRNO(PTRACE(PTRACE_CONT, pid, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKDATA, pid, &word, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_INTERRUPT, pid, 0, 0), ESRCH);
	EXPECT_ERRNO(PTRACE(PTRACE_DETACH, pid, 0, 0), ESRCH);
	/* Still untraced, still asleep where it was. */
	EXPECT_EQ(lc_tracer_pid(pid), 0);
	EXPECT_EQ(ptc_proc_syscall(pid), SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
