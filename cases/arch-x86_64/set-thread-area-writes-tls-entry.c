// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define OLD_BASE 0x5ca1b000u
#define NEW_BASE 0x600dc000u

#if PTC_X86
static int alloc_tls(void *arg)
{
	int idx = ptc_tls_alloc(OLD_BASE);

	ptc_trap_return(idx);
	EXPECT_EQ(ptc_tls_base(idx), NEW_BASE);
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_SET_THREAD_AREA writes the tracee's TLS descriptor at GDT index addr "
		 "from the struct user_desc at data: the tracee's get_thread_area(2) then shows "
		 "the new base",
	.man = "PTRACE_SET_THREAD_AREA",
	.spec = "C186",
	.needs = "arch:x86 int80",
)
{
#if PTC_X86
	pid_t pid;
	struct user_desc d;
	long idx;

	pid = ptc_start(PTC_TRACEME, 0, alloc_tls, NULL);
	idx = ptc_trap_value(pid);
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, idx, &d));
	d.base_addr = NEW_BASE;
	ASSERT_OK(PTRACE(PTRACE_SET_THREAD_AREA, pid, idx, &d));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
