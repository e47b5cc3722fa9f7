// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

/* Request 21 exists on x86 only; other arches do not know it. */
#if defined(__x86_64__) || defined(__i386__)
#define HAS_OLDSETOPTIONS 1
#else
#define HAS_OLDSETOPTIONS 0
#endif

PTC_CASE(
	.claim = "On x86, PTRACE_OLDSETOPTIONS (21) sets options exactly like PTRACE_SETOPTIONS "
		 "(TRACESYSGOOD marks the next syscall-stop); on other arches it is an unknown "
		 "request (EIO)",
	.man = "BUGS; PTRACE_SETOPTIONS",
	.spec = "C302",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	struct ptc_stop st;

	if (!HAS_OLDSETOPTIONS) {
		EXPECT_ERRNO(PTRACE(PTRACE_OLDSETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD), EIO);
		return;
	}
	ASSERT_OK(PTRACE(PTRACE_OLDSETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD));
	EXPECT_ERRNO(PTRACE(PTRACE_OLDSETOPTIONS, pid, 0, 1UL << 30), EINVAL);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	st = ptc_next_stop(pid);
	EXPECT_EQ(st.status >> 8, SIGTRAP | 0x80);
}
