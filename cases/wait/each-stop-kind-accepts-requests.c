// SPDX-License-Identifier: GPL-2.0
#include <sys/uio.h>

#include "tracers.h"
#include "regs.h"

/* A request that needs a ptrace-stop. */
static long read_regs(pid_t pid)
{
	unsigned long regs[128];
	size_t len = sizeof(regs);

	return ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, regs, &len);
}

PTC_CASE(
	.claim = "Each of the four ptrace-stop kinds accepts requests that need a stopped "
		 "tracee: signal-delivery-stop, group-stop, syscall-stop and PTRACE_EVENT stop",
	.man = "Stopped states",
	.spec = "C223",
	.variants = "wait",
)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = ptc_start(PTC_ATTACH, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXIT, ptc_wait_gate,
			&gate);
	EXPECT_OK(read_regs(pid));	/* the attach SIGSTOP's signal-delivery-stop */
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, SIGSTOP));
	ASSERT_GROUP_STOP(pid, SIGSTOP);
	EXPECT_OK(read_regs(pid));
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_OK(read_regs(pid));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_gate_open(&gate);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
	EXPECT_OK(read_regs(pid));
}
