// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "__WCLONE does not hide a tracee: a traced ordinary child is reported to a "
		 "__WCLONE wait, while an untraced ordinary child is not waitable that way (ECHILD)",
	.man = "Stopped states",
	.spec = "C225 5.E24",
	.since = "4.7",
	.variants = "wait",
)
{
	pid_t traced = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);
	pid_t plain = ptc_fork(ptc_exit_tracee, NULL);
	int status = 0;

	ptc_wait_state(plain, "Z");
	EXPECT_ERRNO(ptc_wait(plain, &status, WNOHANG | __WCLONE), ECHILD);
	ASSERT_OK(PTRACE(PTRACE_CONT, traced, 0, SIGSTOP));
	ASSERT_EQ(ptc_wait(traced, &status, __WCLONE), traced);
	EXPECT_TRUE(WIFSTOPPED(status));
	EXPECT_EQ(WSTOPSIG(status), SIGSTOP);
	ASSERT_EXITED(plain, 0);
}
