// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_PEEKUSER at offsets of struct user that are neither registers nor "
		 "debug registers (u_fpvalid, the i387 area, u_tsize, magic, u_comm) succeeds "
		 "and returns 0",
	.man = "PTRACE_PEEKUSER",
	.spec = "C033",
	.needs = "arch:x86",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long offs[] = {
		offsetof(struct user, u_fpvalid) & ~(sizeof(long) - 1),
		offsetof(struct user, i387),
		offsetof(struct user, i387) + 3 * sizeof(long),
		offsetof(struct user, u_tsize),
		offsetof(struct user, start_stack),
		offsetof(struct user, magic),
		offsetof(struct user, u_comm),
	};

	for (size_t i = 0; i < sizeof(offs) / sizeof(offs[0]); i++) {
		long w = PTRACE(PTRACE_PEEKUSER, pid, offs[i], 0);

		EXPECT_EQ(errno, 0);
		EXPECT_EQ(w, 0);
	}
#endif
}
