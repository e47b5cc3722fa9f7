// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "lifecycle.h"

PTC_CASE(
	.claim = "PTRACE_KILL on a thread the caller does not trace fails with ESRCH and sends "
		 "nothing: the thread lives on",
	.man = "PTRACE_KILL; ERRORS",
	.spec = "C140",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_fork(lc_wait_gate, &gate);
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_ERRNO(PTRACE(PTRACE_KILL, pid, 0, 0), ESRCH);
	EXPECT_EQ(ptc_proc_sigmask(pid, "SigPnd") | ptc_proc_sigmask(pid, "ShdPnd"), 0);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
