// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "POKEUSER of a bogus CS selector that has user privilege (RPL 3) is accepted; "
		 "resuming then makes the tracee fault with SIGSEGV, and the kernel survives it",
	.man = "PTRACE_POKEUSER",
	.spec = "C035 5.C16",
	.needs = "arch:x86",
	.links = "https://bugzilla.redhat.com/show_bug.cgi?id=431314",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_CS, 0xfffb));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSEGV);
#endif
}
