// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static volatile long words[4];

static int check_words(void *arg)
{
	long poked = *(long *)arg;

	/* Only words[1] changed, and all of it: one native word. */
	EXPECT_EQ(words[0], 0x0a0a0a0a);
	EXPECT_EQ(words[1], poked);
	EXPECT_EQ(words[2], 0x0a0a0a0a);
	EXPECT_EQ(words[3], 0x0a0a0a0a);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_POKEDATA writes exactly one word of the tracer's native size (8 bytes "
		 "on x86_64, 4 for a 32-bit tracer) at addr, and nothing around it",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA; NOTES",
	.spec = "C028 C037",
)
{
	long poked;
	pid_t pid;

	memset(&poked, 0xc3, sizeof(poked));
	for (int i = 0; i < 4; i++)
		words[i] = 0x0a0a0a0a;
	pid = ptc_start(PTC_TRACEME, 0, check_words, &poked);
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, &words[1], poked));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
