// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "reqmatrix.h"

PTC_CASE(
	.claim = "In a syscall-stop every request with valid arguments succeeds, except unknown "
		 "requests, a bad restart signal, LISTEN and INTERRUPT of a tracee not seized "
		 "(EIO) and ATTACH or SEIZE of one's own tracee (EPERM)",
	.man = "ERRORS; Syscall-stops",
	.spec = "C016 C019 C113",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_idle, NULL);
	struct ptc_rq_tracee t = { .pid = pid, .options = PTRACE_O_TRACESYSGOOD };
	static const struct ptc_rq_want rows[] = {
		PTC_RQ_NEEDS_STOP(PTC_RQ_AT_STOP),
		{ PTC_RQ_INTERRUPT, EIO },
		{ PTC_RQ_ATTACH, EPERM },
		{ PTC_RQ_SEIZE, EPERM },
		{ PTC_RQ_LISTEN, EIO },
		{ PTC_RQ_CONT, PTC_RQ_OK },
	};

	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	PTC_RQ_CHECK(&t, "a tracee in a syscall-stop", rows);
}
