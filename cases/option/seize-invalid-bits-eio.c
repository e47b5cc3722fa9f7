// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_SEIZE fails with EIO (not EINVAL as PTRACE_SETOPTIONS does) for every "
		 "option bit outside the defined options, and does not attach",
	.man = "PTRACE_SEIZE",
	.spec = "C157 C106",
	.since = "3.4",
)
{
	pid_t pid = ptc_fork(ptc_idle, NULL);

	for (unsigned bit = 0; bit < 8 * sizeof(unsigned long); bit++) {
		unsigned long opt = 1UL << bit;

		if (opt & PTRACE_O_VALID_MASK)
			continue;
		EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, opt), EIO);
		EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, pid, 0, opt | PTRACE_O_TRACEEXIT), EIO);
	}
	/* None of them attached: a valid SEIZE still can. */
	EXPECT_EQ(ptc_proc_tracer(pid), 0);
	EXPECT_OK(PTRACE(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACEEXIT));
}
