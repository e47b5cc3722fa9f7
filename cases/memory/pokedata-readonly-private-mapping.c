// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"

static int check_word(void *arg)
{
	volatile long *ro = arg;

	EXPECT_EQ(*ro, 0x5ca1ab1e);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_POKEDATA writes into a private mapping the tracee itself can only read "
		 "(PROT_READ): the tracee then reads the new word",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "C029",
)
{
	long *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid_t pid;

	ASSERT_TRUE(ro != MAP_FAILED);
	pid = ptc_start(PTC_TRACEME, 0, check_word, ro);
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, ro, 0x5ca1ab1e));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
