// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int raise_usr1(void *arg)
{
	ptc_no_coredump();
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A bogus CS written with POKEUSER never reaches the CPU in a harmful way: a null "
		 "or kernel-privilege selector is refused with EIO, and a user-privilege selector "
		 "that names no segment (0xffff) is accepted but only makes the resumed tracee "
		 "fault with SIGSEGV",
	.man = "PTRACE_POKEUSER",
	.spec = "5.C16 C035",
	.needs = "arch:x86_64",
	.links = "ptrace-tests x86_64-cs.c; https://bugzilla.redhat.com/431314",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, raise_usr1, NULL);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_REG(cs), 0), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_REG(cs), 0x10), EIO);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(cs)), 0x33);
	ptc_pokeuser(pid, PTC_USER_REG(cs), 0xffff);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSEGV);
#endif
}
