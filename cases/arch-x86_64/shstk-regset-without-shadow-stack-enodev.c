// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGSET and PTRACE_SETREGSET with NT_X86_SHSTK fail with ENODEV "
		 "for a tracee that has no shadow stack enabled (or on a CPU without them)",
	.man = "PTRACE_GETREGSET",
	.spec = "C048",
	.since = "6.6",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	uint64_t ssp = 0;
	size_t len = sizeof(ssp);
	long r = ptc_regset(PTRACE_GETREGSET, pid, NT_X86_SHSTK, &ssp, &len);

	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_SHSTK);
	len = sizeof(ssp);
	EXPECT_ERRNO(ptc_regset(PTRACE_GETREGSET, pid, NT_X86_SHSTK, &ssp, &len), ENODEV);
	len = sizeof(ssp);
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_SHSTK, &ssp, &len), ENODEV);
}
