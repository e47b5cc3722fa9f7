// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SYSEMU and PTRACE_SYSEMU_SINGLESTEP refuse a signal number above "
		 "_NSIG (64) with EIO, like the other restart requests",
	.man = "PTRACE_SYSEMU; ERRORS",
	.spec = "C113",
	.since = "2.6.14",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, NULL);

	EXPECT_ERRNO(PTRACE(PTRACE_SYSEMU, pid, 0, 65), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SYSEMU_SINGLESTEP, pid, 0, 65), EIO);
	/* With a valid signal number it works: the EIO above was the number's. */
	ptc_sysemu_to_entry(pid);
}
