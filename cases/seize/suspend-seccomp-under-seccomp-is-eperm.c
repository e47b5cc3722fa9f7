// SPDX-License-Identifier: GPL-2.0
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "lifecycle.h"

/* Put the caller under a seccomp filter that allows everything, then seize
 * a target with PTRACE_O_SUSPEND_SECCOMP. */
static int seize_under_seccomp(void *arg)
{
	struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog prog = { .len = 1, .filter = &allow };
	struct ptc_gate gate;
	pid_t target;

	ptc_gate_init(&gate);
	target = ptc_fork(lc_wait_gate, &gate);
	ptc_wait_blocked(target, SYS_read);
	ASSERT_OK(prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0));
	errno = 0;
	if (PTRACE(PTRACE_SEIZE, target, 0, PTRACE_O_SUSPEND_SECCOMP) == -1 && errno == EINVAL)
		ptc_unsupported("PTRACE_O_SUSPEND_SECCOMP (CONFIG_CHECKPOINT_RESTORE)");
	EXPECT_EQ(errno, EPERM);
	EXPECT_EQ(lc_tracer_pid(target), 0);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SEIZE with PTRACE_O_SUSPEND_SECCOMP fails with EPERM when the caller "
		 "itself runs under seccomp, even with CAP_SYS_ADMIN",
	.man = "PTRACE_SEIZE; PTRACE_O_SUSPEND_SECCOMP",
	.spec = "C158 C103",
	.since = "4.3",
	.needs = "root",
)
{
	ASSERT_EXITED(ptc_fork(seize_under_seccomp, NULL), 0);
}
