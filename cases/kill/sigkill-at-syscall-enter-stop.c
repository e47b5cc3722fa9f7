// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "SIGKILL sent to a tracee parked at a syscall-enter-stop kills it: the next "
		 "report is its death by SIGKILL, or at most one syscall-exit-stop report first "
		 "(a race the kernel has had: the exit-stop is entered and immediately left); "
		 "nothing else",
	.man = "Death under ptrace; Syscall-stops",
	.spec = "5.F31 C216",
	.since = "3.4",
	.links = "gVisor ptrace.cc SeizeSetOptions (comment on the spurious syscall-exit-stop)",
	.variants = "wait",
)
{
	pid_t pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	ASSERT_OK(kill(pid, SIGKILL));
	st = ptc_next_stop(pid);
	if (st.kind == PTC_SYSCALL_STOP && st.sig == (SIGTRAP | 0x80)) {
		ptc_log("tolerated: one syscall-exit-stop report after SIGKILL");
		st = ptc_next_stop(pid);
	}
	EXPECT_STOP_IS(&st, .kind = PTC_KILLED, .sig = SIGKILL);
}
