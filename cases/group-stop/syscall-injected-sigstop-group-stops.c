// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGSTOP injected with PTRACE_SYSCALL (not PTRACE_CONT) at a SIGSTOP "
		 "signal-delivery-stop starts a group-stop: the next report is the group-stop "
		 "(PTRACE_GETSIGINFO EINVAL), not a syscall-stop, it is reported once (a WNOHANG "
		 "wait then reports nothing), and the syscall tracing asked for takes effect only "
		 "when the tracee is restarted from it",
	.man = "Signal injection and suppression; Group-stop; PTRACE_SYSCALL",
	.spec = "C240 C246 C229",
	.variants = "wait",
	.links = "ptrace-tests: waitpid-double-report; ptrace-tests: syscall-from-clone "
		 "(PTRACE_SYSCALL from a stop that is not a syscall-stop)",
)
{
	struct ptc_gate go;
	pid_t pid;

	ptc_gate_init(&go);
	pid = ptc_start(PTC_ATTACH, 0, ptc_wait_gate, &go);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	/* Nothing more from any child until it is restarted. */
	EXPECT_NO_REPORT(-1, __WALL | WUNTRACED);
	EXPECT_EQ(ptc_proc_state(pid), 't');
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&go);
	ASSERT_EXITED(pid, 0);
}
