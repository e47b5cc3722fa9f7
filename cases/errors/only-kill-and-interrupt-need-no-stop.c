// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>
#include <sys/uio.h>

#include "lifecycle.h"

PTC_CASE(
	.claim = "On a running seized tracee, every request but PTRACE_INTERRUPT and PTRACE_KILL "
		 "fails with ESRCH; those two succeed without a stop",
	.man = "DESCRIPTION; ERRORS",
	.spec = "C016",
	.since = "3.4",
)
{
	static const long need_stop[] = {
		PTRACE_PEEKDATA, PTRACE_POKEDATA,   PTRACE_GETREGSET, PTRACE_SETOPTIONS,
		PTRACE_CONT,	 PTRACE_SYSCALL,    PTRACE_LISTEN,    PTRACE_GETSIGINFO,
		PTRACE_SETSIGINFO, PTRACE_GETSIGMASK, PTRACE_DETACH,
	};
	unsigned long buf[64] = { 0 };
	struct iovec iov = { buf, sizeof(buf) };
	struct ptc_gate gate;
	pid_t pid = lc_seize_blocked(lc_wait_gate, &gate);

	for (unsigned i = 0; i < sizeof(need_stop) / sizeof(need_stop[0]); i++) {
		long req = need_stop[i];
		unsigned long addr = req == PTRACE_GETREGSET	 ? NT_PRSTATUS :
				     req == PTRACE_GETSIGMASK	 ? sizeof(sigset_t) :
				     req == PTRACE_PEEKDATA || req == PTRACE_POKEDATA ? (unsigned long)buf :
											0;
		unsigned long data = req == PTRACE_GETREGSET ? (unsigned long)&iov :
				     req == PTRACE_SETOPTIONS ? 0 : (unsigned long)buf;

		if (req == PTRACE_CONT || req == PTRACE_SYSCALL || req == PTRACE_LISTEN ||
		    req == PTRACE_DETACH)
			data = 0;
		EXPECT_ERRNO(PTRACE(req, pid, addr, data), ESRCH);
	}
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_STOP, SIGTRAP);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, SYS_read);
	ASSERT_OK(PTRACE(PTRACE_KILL, pid, 0, 0));
	ASSERT_KILLED(pid, SIGKILL);
}
