// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
static unsigned long gs_base = 0x600dcafe000UL;
#endif

PTC_CASE(
	.claim = "On x86_64 fs_base and gs_base are USER-area registers: PEEKUSER of fs_base "
		 "reads the tracee's FS base, and a gs_base written with POKEUSER is what the "
		 "tracee's arch_prctl(ARCH_GET_GS) reports",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C030 5.C16",
	.needs = "arch:x86_64",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_then_check_gs, &gs_base);
	unsigned long fs = 0;

	ptc_run_to_trap(pid);
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_FS, &fs));	/* the same in a fork */
	EXPECT_EQ((unsigned long)PTRACE(PTRACE_PEEKUSER, pid,
					offsetof(struct user, regs.fs_base), 0), fs);
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, offsetof(struct user, regs.gs_base), gs_base));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
