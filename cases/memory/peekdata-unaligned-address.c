// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static volatile unsigned char bytes[4 * sizeof(long)];

PTC_CASE(
	.claim = "PTRACE_PEEKDATA needs no alignment: at an odd address it returns the word "
		 "made of the bytes starting there",
	.man = "PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C023",
)
{
	long got, want;
	pid_t pid;

	for (size_t i = 0; i < sizeof(bytes); i++)
		bytes[i] = (unsigned char)(0x11 * (i + 1));
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	for (size_t off = 1; off < sizeof(long); off += 2) {
		got = PTRACE(PTRACE_PEEKDATA, pid, bytes + off, 0);
		EXPECT_EQ(errno, 0);
		memcpy(&want, (const void *)(bytes + off), sizeof(want));
		EXPECT_EQ(got, want);
	}
}
