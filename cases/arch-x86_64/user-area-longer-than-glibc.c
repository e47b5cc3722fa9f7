// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "On x86_64 the kernel's USER area is two words longer than <sys/user.h>'s "
		 "struct user (error_code and fault_address follow u_debugreg): PEEKUSER at "
		 "those offsets reads 0, and only the offset after them fails with EIO",
	.man = "PTRACE_PEEKUSER; NOTES",
	.spec = "C032 C036",
	.needs = "arch:x86_64",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const unsigned long glibc_end = sizeof(struct user);

	for (unsigned long off = glibc_end; off < glibc_end + 2 * sizeof(long);
	     off += sizeof(long)) {
		long w = PTRACE(PTRACE_PEEKUSER, pid, off, 0);

		EXPECT_EQ(errno, 0);
		EXPECT_EQ(w, 0);
	}
	EXPECT_ERRNO(PTRACE(PTRACE_PEEKUSER, pid, glibc_end + 2 * sizeof(long), 0), EIO);
#endif
}
