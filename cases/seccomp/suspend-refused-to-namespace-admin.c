// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

static int userns_tracer(void *arg)
{
	pid_t pid;

	if (unshare(CLONE_NEWUSER) == -1)
		ptc_skip("cannot create a user namespace: %s", ptc_errno_name(errno));
	/* Every capability, but in the new user namespace only. */
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	EXPECT_ERRNO(ptc_suspend_seccomp(PTRACE_SETOPTIONS, pid, 0), EPERM);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_O_SUSPEND_SECCOMP needs CAP_SYS_ADMIN in the initial user namespace: a "
		 "tracer with every capability in a user namespace of its own gets EPERM",
	.man = "PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C102",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(userns_tracer, NULL), 0);
}
