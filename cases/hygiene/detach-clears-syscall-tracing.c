// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

#define ROUNDS 20

static int syscall_loop(void *arg)
{
	for (;;)
		getppid();
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_DETACH from a syscall-stop ends syscall tracing: attaching again, the "
		 "first report is the attach SIGSTOP signal-delivery-stop, never a stale syscall "
		 "SIGTRAP (over repeated attach, PTRACE_SYSCALL, detach rounds)",
	.man = "PTRACE_DETACH; PTRACE_SYSCALL",
	.spec = "5.F28",
	.links = "ptrace-tests tif-syscall-trace-after-detach.c; "
		 "https://bugzilla.redhat.com/276861; https://bugzilla.redhat.com/276091",
	.variants = "wait",
)
{
	pid_t pid = ptc_fork(syscall_loop, NULL);

	for (int round = 0; round < ROUNDS; round++) {
		ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGSTOP);
		for (int i = 0; i < 4; i++) {
			ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
			ASSERT_SYSCALL_STOP(pid);
		}
		ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	}
}
