// SPDX-License-Identifier: GPL-2.0
#include <sched.h>

#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
/* long xmm1_twice(long v): v into xmm1's low quadword, two traps, then
 * returns xmm1 + xmm1 (paddq): what the tracee computes with. */
__asm__(".text\n"
	".type xmm1_twice,@function\n"
	"xmm1_twice:\n"
	"	movq %rdi, %xmm1\n"
	"	int3\n"
	"	int3\n"
	"	paddq %xmm1, %xmm1\n"
	"	movq %xmm1, %rax\n"
	"	ret\n");
long xmm1_twice(long v);

#define XMM1_LOW 4	/* xmm_space is in 32-bit words; xmm1 starts at word 4 */
#define NEW 0x1234567800abcdefL

static int cpus[2];

static void pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	ASSERT_OK(sched_setaffinity(0, sizeof(set), &set));
}

static int tracee(void *arg)
{
	pin(cpus[1]);
	EXPECT_EQ(sched_getcpu(), cpus[1]);
	EXPECT_EQ(xmm1_twice(0x1111), 2 * NEW);
	return 0;
}

static long xmm1_low(const struct user_fpregs_struct *fp)
{
	long v;

	memcpy(&v, &fp->xmm_space[XMM1_LOW], sizeof(v));
	return v;
}
#endif

PTC_CASE(
	.claim = "An XMM register written through PTRACE_SETFPREGS (the FXSAVE image) while "
		 "tracer and tracee run pinned to different CPUs is the tracee's from then on: "
		 "GETFPREGS and NT_PRFPREG read it back at the tracee's next stop, and the "
		 "tracee's own arithmetic on it gives the result for the new value",
	.man = "PTRACE_SETREGS, PTRACE_SETFPREGS; PTRACE_GETREGSET",
	.spec = "C039 C040",
	.needs = "arch:x86_64",
	.links = "ptrace-tests: x86_64-ia32-fp; ptrace-tests: powerpc-fp",
)
{
#if defined(__x86_64__)
	struct user_fpregs_struct fp, set;
	size_t len = sizeof(set);
	cpu_set_t allowed;
	pid_t pid;
	int n = 0;
	long v;

	ASSERT_OK(sched_getaffinity(0, sizeof(allowed), &allowed));
	for (int c = 0; c < CPU_SETSIZE && n < 2; c++)
		if (CPU_ISSET(c, &allowed))
			cpus[n++] = c;
	if (n < 2)
		ptc_skip("this process may run on one CPU only (sched_getaffinity): tracer and "
			 "tracee cannot be on different CPUs");
	pin(cpus[0]);
	pid = ptc_start(PTC_TRACEME, 0, tracee, NULL);
	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETFPREGS, pid, 0, &fp));
	ASSERT_EQ(xmm1_low(&fp), 0x1111);
	v = NEW;
	memcpy(&fp.xmm_space[XMM1_LOW], &v, sizeof(v));
	ASSERT_OK(PTRACE(PTRACE_SETFPREGS, pid, 0, &fp));
	/* The tracee goes back to user space on its CPU and stops again. */
	ptc_run_to_trap(pid);
	memset(&fp, 0, sizeof(fp));
	ASSERT_OK(PTRACE(PTRACE_GETFPREGS, pid, 0, &fp));
	EXPECT_EQ(xmm1_low(&fp), NEW);
	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRFPREG, &set, &len));
	EXPECT_EQ(xmm1_low(&set), NEW);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
