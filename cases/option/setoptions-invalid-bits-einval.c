// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SETOPTIONS fails with EINVAL for every bit outside the defined options "
		 "(bits 8-19 and 22 up), alone or next to valid options",
	.man = "PTRACE_SETOPTIONS; ERRORS",
	.spec = "C078 C106 C298",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);

	for (unsigned bit = 0; bit < 8 * sizeof(unsigned long); bit++) {
		unsigned long opt = 1UL << bit;

		if (opt & PTRACE_O_VALID_MASK)
			continue;
		EXPECT_ERRNO(PTRACE(PTRACE_SETOPTIONS, pid, 0, opt), EINVAL);
		EXPECT_ERRNO(PTRACE(PTRACE_SETOPTIONS, pid, 0, opt | PTRACE_O_TRACESYSGOOD), EINVAL);
	}
	/* The tracee was fit for options all along. */
	EXPECT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL));
}
