// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if defined(__i386__)
static volatile int watched;

static unsigned long own_tcb(void)
{
	unsigned long tcb;

	__asm__ volatile("movl %%gs:0, %0" : "=r"(tcb));
	return tcb;
}

/* Traps; then its GS must still reach its own thread control block. */
static int trap_then_check_gs(void *arg)
{
	unsigned long tcb = own_tcb();
	unsigned int gs_before, gs_after;

	__asm__ volatile("movl %%gs, %0" : "=r"(gs_before));
	ptc_trap_return(0);
	__asm__ volatile("movl %%gs, %0" : "=r"(gs_after));
	EXPECT_EQ(gs_after, gs_before);
	EXPECT_EQ(own_tcb(), tcb);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A 32-bit tracer's PTRACE_POKEUSER of DR0 touches nothing but DR0: it reads "
		 "back with PEEKUSER, while the GS selector (PEEKUSER of xgs), the TLS entry it "
		 "selects (PTRACE_GET_THREAD_AREA) and the tracee's own %gs:0 stay as they were",
	.man = "PTRACE_POKEUSER; PTRACE_GET_THREAD_AREA",
	.spec = "C034 C185",
	.needs = "arch:i386",
	.links = "ptrace-tests: i386-dr-gs",
)
{
#if defined(__i386__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, trap_then_check_gs, NULL);
	struct user_desc before, after;
	unsigned long gs;

	ptc_run_to_trap(pid);
	errno = 0;
	gs = PTRACE(PTRACE_PEEKUSER, pid, offsetof(struct user, regs.xgs), 0);
	ASSERT_EQ(errno, 0);
	ASSERT_EQ(gs & 3, 3);
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, gs >> 3, &before));

	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(0), &watched));
	EXPECT_EQ((uintptr_t)PTRACE(PTRACE_PEEKUSER, pid, PTC_USER_DEBUGREG(0), 0),
		  (uintptr_t)&watched);
	EXPECT_EQ((unsigned long)PTRACE(PTRACE_PEEKUSER, pid, offsetof(struct user, regs.xgs),
					0), gs);
	ASSERT_OK(PTRACE(PTRACE_GET_THREAD_AREA, pid, gs >> 3, &after));
	EXPECT_EQ(memcmp(&after, &before, sizeof(after)), 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
