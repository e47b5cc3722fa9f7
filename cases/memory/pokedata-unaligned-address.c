// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

#define OFF 3

static volatile unsigned char bytes[3 * sizeof(long)];

static int check_bytes(void *arg)
{
	long poked = *(long *)arg, got;

	memcpy(&got, (const void *)(bytes + OFF), sizeof(got));
	EXPECT_EQ(got, poked);
	for (size_t i = 0; i < sizeof(bytes); i++)
		if (i < OFF || i >= OFF + sizeof(long))
			EXPECT_EQ(bytes[i], 0);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_POKEDATA needs no alignment: at an odd address it writes the word's "
		 "bytes starting there and leaves the bytes around them alone",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "C028",
)
{
	long poked;
	pid_t pid;

	memset(&poked, 0xc3, sizeof(poked));
	pid = ptc_start(PTC_TRACEME, 0, check_bytes, &poked);
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, bytes + OFF, poked));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
