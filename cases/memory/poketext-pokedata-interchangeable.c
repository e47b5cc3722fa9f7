// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

static volatile long data_word;

static int check(void *arg)
{
	long code_word;

	memcpy(&code_word, (const void *)ptc_step_site, sizeof(code_word));
	EXPECT_EQ(data_word, 0x5ca1ab1e);
	EXPECT_EQ(code_word, *(long *)arg);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_POKETEXT and PTRACE_POKEDATA are interchangeable: POKETEXT writes a "
		 "data word and POKEDATA writes into read-only code",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "C028",
)
{
	long code_word;
	pid_t pid;

	memcpy(&code_word, (const void *)ptc_step_site, sizeof(code_word));
	code_word = ~code_word;
	pid = ptc_start(PTC_TRACEME, 0, check, &code_word);
	ASSERT_OK(PTRACE(PTRACE_POKETEXT, pid, &data_word, 0x5ca1ab1e));
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, ptc_step_site, code_word));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
