// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if PTC_X86
static int alloc_tls(void *arg)
{
	ptc_trap_return(ptc_tls_alloc(0x5ca1b000u));
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_GET_THREAD_AREA and PTRACE_SET_THREAD_AREA with a GDT index outside "
		 "the TLS entries (just below or above them, or 0) fail with EINVAL",
	.man = "PTRACE_GET_THREAD_AREA; PTRACE_SET_THREAD_AREA",
	.spec = "C187",
	.needs = "arch:x86 int80",
)
{
#if PTC_X86
	pid_t pid;
	struct user_desc d;
	long first;

	pid = ptc_start(PTC_TRACEME, 0, alloc_tls, NULL);
	/* The kernel hands out the first free TLS entry: the lowest one here,
	 * or the one after glibc's own for a 32-bit tracee. */
	first = ptc_trap_value(pid);
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, first, &d));
	for (long idx = first; PTRACE(PTRACE_GET_THREAD_AREA, pid, idx - 1, &d) == 0;)
		first = --idx;
	EXPECT_EQ(errno, EINVAL);
	EXPECT_ERRNO(PTRACE(PTRACE_GET_THREAD_AREA, pid, first + 3, &d), EINVAL);
	EXPECT_ERRNO(PTRACE(PTRACE_GET_THREAD_AREA, pid, 0L, &d), EINVAL);
	EXPECT_ERRNO(PTRACE(PTRACE_GET_THREAD_AREA, pid, 4096L, &d), EINVAL);
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, first, &d));
	EXPECT_ERRNO(PTRACE(PTRACE_SET_THREAD_AREA, pid, first - 1, &d), EINVAL);
	EXPECT_ERRNO(PTRACE(PTRACE_SET_THREAD_AREA, pid, first + 3, &d), EINVAL);
#endif
}
