// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A PTRACE_POKETEXT into the tracee's code changes only the tracee's private "
		 "copy: the tracer, which maps the same executable, keeps the original bytes",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "C029",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	long orig, mine, theirs;

	memcpy(&orig, (const void *)ptc_step_site, sizeof(orig));
	ASSERT_OK(PTRACE(PTRACE_POKETEXT, pid, ptc_step_site, ~orig));
	theirs = PTRACE(PTRACE_PEEKTEXT, pid, ptc_step_site, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(theirs, ~orig);
	memcpy(&mine, (const void *)ptc_step_site, sizeof(mine));
	EXPECT_EQ(mine, orig);
}
