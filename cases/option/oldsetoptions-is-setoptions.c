// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "On x86, PTRACE_OLDSETOPTIONS (21) acts as PTRACE_SETOPTIONS: it rejects unknown "
		 "bits with EINVAL and its options take effect (TRACEEXIT reports the exit)",
	.man = "BUGS; PTRACE_SETOPTIONS",
	.spec = "C302",
)
{
	pid_t pid;

#if !defined(__x86_64__) && !defined(__i386__)
	ptc_skip("PTRACE_OLDSETOPTIONS exists only on x86 (this is %s)", PTC_ARCH);
#endif
	pid = ptc_start(PTC_TRACEME, 0, ptc_exit_tracee, (void *)3);
	EXPECT_ERRNO(PTRACE(PTRACE_OLDSETOPTIONS, pid, 0, 1UL << 8), EINVAL);
	ASSERT_OK(PTRACE(PTRACE_OLDSETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXIT, SIGTRAP);
}
