// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGS copies the general registers, the same bytes NT_PRSTATUS "
		 "gives, to data; addr is ignored",
	.man = "PTRACE_GETREGS, PTRACE_GETFPREGS",
	.spec = "C038 C040",
	.needs = "arch:x86",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	ptc_regs_t regs, set;

	memset(&regs, 0xee, sizeof(regs));
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0xdead0000, &regs));
	ptc_get_regs(pid, &set);
	EXPECT_EQ(memcmp(&regs, &set, sizeof(regs)), 0);
	EXPECT_NE(PTC_REG_IP(regs), 0);
}
