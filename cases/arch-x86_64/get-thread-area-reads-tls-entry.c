// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#define BASE 0x5ca1b000u

#if PTC_X86
static int alloc_tls(void *arg)
{
	ptc_trap_return(ptc_tls_alloc(BASE));
	return 0;
}
#endif

PTC_CASE(
	.claim = "PTRACE_GET_THREAD_AREA reads the tracee's TLS descriptor whose GDT index is "
		 "addr into the struct user_desc at data: the base the tracee set, with "
		 "entry_number set to addr whatever the tracer put there",
	.man = "PTRACE_GET_THREAD_AREA",
	.spec = "C185",
	.needs = "arch:x86 int80",
)
{
#if PTC_X86
	pid_t pid;
	struct user_desc d;
	long idx;

	pid = ptc_start(PTC_TRACEME, 0, alloc_tls, NULL);
	idx = ptc_trap_value(pid);
	memset(&d, 0, sizeof(d));
	d.entry_number = 999;	/* ignored */
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, idx, &d));
	EXPECT_EQ(d.entry_number, idx);
	EXPECT_EQ(d.base_addr, BASE);
	EXPECT_EQ(d.limit, 0xfffff);
	EXPECT_EQ(d.seg_32bit, 1);
#endif
}
