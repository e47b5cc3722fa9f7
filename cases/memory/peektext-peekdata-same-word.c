// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static volatile long data_word = 0x5ca1ab1e;

PTC_CASE(
	.claim = "PTRACE_PEEKTEXT and PTRACE_PEEKDATA read the same word at any address: both "
		 "return the tracee's data word and both return the bytes of its code",
	.man = "PTRACE_PEEKTEXT, PTRACE_PEEKDATA",
	.spec = "C023",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	const void *code = (const void *)ptc_step_site;
	long text, data, want_code;

	/* The tracee is a fork: its code and data are the tracer's. */
	memcpy(&want_code, code, sizeof(want_code));
	text = PTRACE(PTRACE_PEEKTEXT, pid, &data_word, 0);
	EXPECT_EQ(errno, 0);
	data = PTRACE(PTRACE_PEEKDATA, pid, &data_word, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(text, 0x5ca1ab1e);
	EXPECT_EQ(data, 0x5ca1ab1e);

	text = PTRACE(PTRACE_PEEKTEXT, pid, code, 0);
	EXPECT_EQ(errno, 0);
	data = PTRACE(PTRACE_PEEKDATA, pid, code, 0);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(text, want_code);
	EXPECT_EQ(data, want_code);
}
