// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "access.h"
#include "exec.h"

static pid_t target;
static long attach_ret;
static int attach_errno;

static void *attach_target(void *arg)
{
	attach_ret = PTRACE(PTRACE_ATTACH, target, 0, 0);
	attach_errno = errno;
	return NULL;
}

PTC_CASE(
	.claim = "PTRACE_ATTACH to a process whose exec waits for its tracer to reap a traced "
		 "zombie thread fails at once with EAGAIN instead of blocking on the exec's "
		 "credential lock (the attacher being a thread of that very tracer)",
	.man = "PTRACE_ATTACH; execve(2) under ptrace",
	.spec = "5.D21",
	.xfail = "PTRACE_ATTACH blocks until the exec completes, which waits for the attacher's "
		 "own process to reap the zombie: a deadlock unless another thread reaps it; the "
		 "EAGAIN comes from an unmerged patch",
	.kernels = "all released kernels (6.18 included)",
	.links = "tools/testing/selftests/ptrace/vmaccess.c (attach); unmerged patch \"exec: Fix "
		 "dead-lock in de_thread with ptrace_attach\" (Bernd Edlinger)",
)
{
	pid_t zombie, attacher;

	target = ptc_exec_behind_traced_zombie(&zombie);
	if (ptc_yama_scope() == 3)
		ptc_skip("Yama ptrace_scope 3 forbids every PTRACE_ATTACH");
	if (ptc_thread_returns(attach_target, NULL, SYS_ptrace, &attacher)) {
		EXPECT_EQ(attach_ret, -1);
		EXPECT_EQ(attach_errno, EAGAIN);
	} else {
		PTC_FAIL(false, "PTRACE_ATTACH of pid %d blocks while its exec waits for us",
			 target);
	}
	/* Either way, reaping the zombie thread lets the exec go on. */
	ASSERT_EXITED(zombie, 0);
}
