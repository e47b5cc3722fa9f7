// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
#define NWORDS (sizeof(ptc_regs_t) / sizeof(unsigned long long))
#define WORD(f) (offsetof(ptc_regs_t, f) / sizeof(unsigned long long))
/* The flags user code may change itself: CF PF AF ZF SF DF OF. */
#define USER_FLAGS 0xcd5ULL

/* The value pattern p gives word i of the register block, as the kernel must
 * store it: the whole word where putreg() takes any value, the user flags
 * only in eflags, a user address for the FS and GS bases, and the old value
 * for the six segment selectors. */
static unsigned long long want_word(const unsigned long long *old, size_t i,
				    unsigned long long p)
{
	unsigned long long v = (p << (i % 8 * 8)) | (p >> (64 - i % 8 * 8));

	v ^= i * 0x0101010101010101ULL;
	switch (i) {
	case WORD(cs): case WORD(ss): case WORD(ds): case WORD(es): case WORD(fs): case WORD(gs):
		return old[i];
	case WORD(eflags):
		return (old[i] & ~USER_FLAGS) | (v & USER_FLAGS);
	case WORD(fs_base): case WORD(gs_base):
		return v & 0x00003ffffffff000ULL;
	default:
		return v;
	}
}

static void roundtrip(pid_t pid, const ptc_regs_t *old, long req, unsigned long long p)
{
	unsigned long long want[NWORDS], got[NWORDS];
	ptc_regs_t set, back;
	size_t i;

	for (i = 0; i < NWORDS; i++)
		want[i] = want_word((const unsigned long long *)old, i, p);
	memcpy(&set, want, sizeof(set));
	if (req == PTRACE_SETREGS)
		ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &set));
	else
		ptc_set_regs(pid, &set);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &back));
	memcpy(got, &back, sizeof(got));
	for (i = 0; i < NWORDS; i++)
		if (got[i] != want[i])
			PTC_FAIL(false, "%s, pattern %#llx: word %zu of user_regs_struct read "
				 "back %#llx, written %#llx", ptc_request_name(req), p, i, got[i],
				 want[i]);
	ptc_get_regs(pid, &back);
	EXPECT_EQ(memcmp(&back, got, sizeof(back)), 0);
}
#endif

PTC_CASE(
	.claim = "A bit pattern written into every general register with PTRACE_SETREGS or "
		 "PTRACE_SETREGSET (NT_PRSTATUS) reads back bit-exact with GETREGS and GETREGSET, "
		 "the pattern and its inverse alike: r8-r15, rax-rdi, rbp, rsp, rip and orig_rax "
		 "whole; of eflags the user flags (CF PF AF ZF SF DF OF); fs_base and gs_base as "
		 "user addresses. Left at their values, because putreg() in "
		 "arch/x86/kernel/ptrace.c constrains them: the segment selectors (EIO unless "
		 "null or RPL 3, cs and ss never null), the other eflags bits (masked to "
		 "FLAG_MASK), bases at or above TASK_SIZE_MAX (EIO)",
	.man = "PTRACE_GETREGS, PTRACE_SETREGS; PTRACE_SETREGSET",
	.spec = "C038 C039 C047",
	.needs = "arch:x86_64",
	.links = "ptrace-tests: user-regs-peekpoke",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_tracee, (void *)0);
	const unsigned long long pattern = 0x0123456789abcdefULL;
	ptc_regs_t old;

	ptc_run_to_trap(pid);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &old));
	roundtrip(pid, &old, PTRACE_SETREGS, pattern);
	roundtrip(pid, &old, PTRACE_SETREGS, ~pattern);
	roundtrip(pid, &old, PTRACE_SETREGSET, pattern);
	roundtrip(pid, &old, PTRACE_SETREGSET, ~pattern);
	/* Put back, the tracee goes on as if nothing happened. */
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &old));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
