// SPDX-License-Identifier: GPL-2.0
#include <sched.h>

#include "ptc.h"
#include "x86.h"

/* sched_yield rounds after the tracer is done: enough switches to expose a
 * corrupt FPU state, few enough that a loaded CPU (each yield may cost a
 * time slice of another task) still runs them well within the deadline. */
#define ROUNDS 500

struct shared {
	volatile int ready, go, stop;
};

#if PTC_X86_64
static struct shared *sh;
static cpu_set_t one_cpu;

static int tracee_hold_zero(void *arg)
{
	sched_setaffinity(0, sizeof(one_cpu), &one_cpu);
	sh->ready = 1;
	return ptc_xmm0_hold(0, &sh->go, ROUNDS) ? 1 : 0;
}

static int spin_deadbeef(void *arg)
{
	sched_setaffinity(0, sizeof(one_cpu), &one_cpu);
	return ptc_xmm0_hold(0xdeadbeef, &sh->stop, 1) ? 1 : 0;
}

static bool tracee_ready(void *arg)
{
	return sh->ready;
}

static uint64_t xstate[PTC_XSTATE_MAX / sizeof(uint64_t)];
#endif

PTC_CASE(
	.claim = "PTRACE_SETREGSET of NT_X86_XSTATE with reserved bits set in the header's "
		 "xcomp_bv fails with EINVAL, and leaves no corrupt FPU state behind: the tracee "
		 "and another task sharing its CPU keep their own xmm0 across many switches",
	.man = "PTRACE_SETREGSET",
	.spec = "5.C15",
	.since = "2.6.34",
	.needs = "arch:x86_64",
	.links = "LTP ptrace07; CVE-2017-15537; linux-git:814fb7bb7db5",
)
{
#if PTC_X86_64
	pid_t pid, spinner;
	size_t len;

	sh = ptc_shared(sizeof(*sh));
	CPU_ZERO(&one_cpu);
	CPU_SET(sched_getcpu(), &one_cpu);
	spinner = ptc_fork(spin_deadbeef, NULL);
	pid = ptc_start(PTC_TRACEME, 0, tracee_hold_zero, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	if (!ptc_poll(tracee_ready, NULL))
		ptc_timeout("the tracee never held xmm0 = 0");
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	len = ptc_get_xstate(pid, xstate);
	ASSERT_GT(len, 528);
	xstate[65] = ~0ULL;	/* xcomp_bv: byte 520, in the 64-byte header at 512 */
	EXPECT_ERRNO(ptc_regset(PTRACE_SETREGSET, pid, NT_X86_XSTATE, xstate, &len), EINVAL);
	sh->go = 1;
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
	sh->stop = 1;
	ASSERT_EXITED(spinner, 0);
#endif
}
