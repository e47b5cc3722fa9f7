// SPDX-License-Identifier: GPL-2.0
#include <asm/prctl.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static volatile uint32_t check1, check2;
static unsigned long fs_base;

static int use_gs(void *arg)
{
	signal(SIGUSR1, SIG_IGN);
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_FS, &fs_base));
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_SET_GS, &check1));
	ptc_store_gs0(0xbabe);
	EXPECT_EQ(check1, 0xbabe);
	raise(SIGUSR1);
	/* The tracer moved gs_base to check2. */
	ptc_store_gs0(0xd00d);
	EXPECT_EQ(check1, 0xbabe);
	EXPECT_EQ(check2, 0xd00d);
	return 0;
}
#endif

PTC_CASE(
	.claim = "fs_base and gs_base are readable and writable in the USER area: PEEKUSER gives "
		 "the bases the tracee set (its TLS pointer, the gs_base of arch_prctl), and a "
		 "gs_base written with POKEUSER is where the tracee's next %gs access lands",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "5.C16",
	.needs = "arch:x86_64",
	.links = "ptrace-tests x86_64-gsbase.c",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, use_gs, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(fs_base)),
		  ptc_peekdata(pid, (const void *)&fs_base));
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(gs_base)), (uintptr_t)&check1);
	ptc_pokeuser(pid, PTC_USER_REG(gs_base), (uintptr_t)&check2);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
