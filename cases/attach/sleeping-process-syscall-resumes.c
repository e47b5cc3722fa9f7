// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "tracers.h"

PTC_CASE(
	.claim = "PTRACE_ATTACH interrupts a process blocked in read() on a pipe with its SIGSTOP "
		 "stop; suppressing the SIGSTOP restarts the read(), which blocks again and later "
		 "returns its data, with no EINTR",
	.man = "Attaching and detaching; Signal injection and suppression",
	.spec = "C143 C154",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_fork(ptc_read_once, &gate);
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ptc_gate_open(&gate);
	ASSERT_EXITED(pid, 0);
}
