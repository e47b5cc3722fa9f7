// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static const uint64_t kernel_addrs[] = {
	0xffff800000000000ULL, 0xffffffffffffffffULL, 0xffffbfffffffffffULL,
};
#endif

PTC_CASE(
	.claim = "A kernel-space address cannot be made a breakpoint: with breakpoint 0 enabled, "
		 "writing a kernel address into DR0 fails with EINVAL (and should a kernel record "
		 "the address anyway, enabling it through DR7 fails with EINVAL)",
	.man = "PTRACE_POKEUSER; ERRORS",
	.spec = "5.B13 C035",
	.needs = "arch:x86_64",
	.links = "LTP ptrace08; CVE-2018-1000199; linux-git:f67b15037a7a; linux-git:27747f8bc355",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	for (unsigned i = 0; i < sizeof(kernel_addrs) / sizeof(kernel_addrs[0]); i++) {
		long r;
		int err;

		ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), 1);
		ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), 1);
		errno = 0;
		r = PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(0), (unsigned long)kernel_addrs[i]);
		err = errno;
		if (r == -1 && ptc_peekuser(pid, PTC_USER_DEBUGREG(0)) == kernel_addrs[i]) {
			ptc_log("%#llx refused but recorded: enabling must fail",
				(unsigned long long)kernel_addrs[i]);
			errno = 0;
			r = PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(7), 1);
			err = errno;
		}
		EXPECT_EQ(r, -1);
		EXPECT_EQ(err, EINVAL);
		ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), 0);
	}
#endif
}
