// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static volatile unsigned char bytes[4 * sizeof(long)];

PTC_CASE(
	.claim = "A PEEKDATA word has the tracer's native size (8 bytes on x86_64 and arm64, 4 "
		 "for a 32-bit tracer): the raw system call writes exactly that many bytes to "
		 "data and they are the tracee's bytes at addr",
	.man = "C library/kernel differences; NOTES",
	.spec = "C025 C037",
)
{
	unsigned char out[2 * sizeof(long)];
	pid_t pid;

	for (size_t i = 0; i < sizeof(bytes); i++)
		bytes[i] = (unsigned char)(0x11 * (i + 1));
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	memset(out, 0xee, sizeof(out));
	ASSERT_OK(ptc_ptrace_raw(PTRACE_PEEKDATA, pid, (unsigned long)bytes,
				 (unsigned long)out));
	for (size_t i = 0; i < sizeof(long); i++)
		EXPECT_EQ(out[i], bytes[i]);
	for (size_t i = sizeof(long); i < sizeof(out); i++)
		EXPECT_EQ(out[i], 0xee);
}
