// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_DETACH from a syscall-stop clears syscall tracing. Attached again with "
		 "PTRACE_ATTACH, the tracee's first report is its SIGSTOP, not a syscall-exit-stop "
		 "of the read the SIGSTOP interrupts; attached again with PTRACE_SEIZE and not "
		 "resumed by any request (which would set or clear syscall tracing itself), the "
		 "read it then completes is followed by its exit, never a syscall-stop",
	.man = "PTRACE_DETACH; Syscall-stops",
	.spec = "C166 5.F28",
	.variants = "wait",
	.links = "ptrace-tests tif-syscall-trace-after-detach.c; "
		 "https://bugzilla.redhat.com/276861; https://bugzilla.redhat.com/276091 "
		 "(formerly also hygiene.detach-clears-syscall-tracing)",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_TRACEME, 0, ptc_wait_gate, &gate);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	/* The SIGSTOP ends the read first: with syscall tracing left on, its
	 * syscall-exit-stop would come before the signal-delivery-stop. */
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	/* Syscall-traced again: the restarted read's syscall-enter-stop. */
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	/* PTRACE_SEIZE neither stops nor resumes it: nothing but the detach
	 * can have cleared syscall tracing before the read returns. */
	ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, 0));
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
