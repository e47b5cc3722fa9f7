// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static uint16_t ss_copy;

static int movss_then_int3(void *arg)
{
	ptc_no_coredump();
	ptc_movss_int3(&ss_copy);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A read/write watchpoint on the operand of mov to %ss followed by int3 is handled "
		 "like any other debug trap: the tracee reports only SIGTRAP stops, and continued "
		 "with 0 it runs to its exit (the kernel survives)",
	.man = "PTRACE_POKEUSER; Signal-delivery-stop",
	.spec = "5.B13",
	.needs = "arch:x86_64",
	.links = "LTP ptrace09; CVE-2018-8897; linux-git:d8ba61ba58c8",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, movss_then_int3, NULL);
	struct ptc_stop st;
	int traps = 0;

	ptc_pokeuser(pid, PTC_USER_DEBUGREG(0), (uintptr_t)&ss_copy);
	ptc_pokeuser(pid, PTC_USER_DEBUGREG(7), ptc_dr7_local(0, 3, 1));
	for (;;) {
		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
		st = ptc_next_stop(pid);
		if (st.kind != PTC_SIGNAL_STOP)
			break;
		ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGTRAP);
		ASSERT_LT(++traps, 10);
	}
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
	EXPECT_GE(traps, 1);
	ptc_log("%d SIGTRAP stops", traps);
#endif
}
