// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

#if defined(__x86_64__)
static unsigned long slots[4];	/* what DR0-DR3 watch; nothing writes them */

/* L0-L3, each a write watchpoint of 8 bytes. */
#define DR7_ALL 0x99990055UL
#define DR_FIRST PTC_USER_DEBUGREG(0)
#define DR_END PTC_USER_DEBUGREG(8)

static unsigned long peek(pid_t pid, unsigned long off)
{
	long v;

	errno = 0;
	v = PTRACE(PTRACE_PEEKUSER, pid, off, 0);
	if (errno)
		PTC_FAIL(false, "PEEKUSER at offset %#lx of the user area: %s", off,
			 ptc_errno_name(errno));
	return (unsigned long)v;
}

static bool is_dr4_dr5(unsigned long off)
{
	return off == PTC_USER_DEBUGREG(4) || off == PTC_USER_DEBUGREG(5);
}
#endif

PTC_CASE(
	.claim = "PTRACE_PEEKUSER reads every word of the user area, up to the kernel's own "
		 "end of struct user, without error: at the registers the words GETREGS gives, at "
		 "u_debugreg what was POKEUSERed (four enabled watchpoints). PTRACE_POKEUSER of "
		 "the value just read succeeds at every register and every debug register but "
		 "DR4 and DR5, which name no debug register (POKEUSER there is EIO), and "
		 "leaves the registers and debug registers as they were",
	.man = "PTRACE_PEEKUSER; PTRACE_POKEUSER",
	.spec = "C030 C034",
	.needs = "arch:x86_64",
	.links = "ptrace-tests: user-area-access; ptrace-tests: user-regs-peekpoke",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_trap_tracee, (void *)0);
	unsigned long area[PTC_KERNEL_USER_SIZE / sizeof(long)];
	ptc_regs_t regs, after;
	unsigned long off;

	ptc_run_to_trap(pid);
	for (int i = 0; i < 4; i++)
		ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(i), &slots[i]));
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(7), DR7_ALL));
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));

	for (off = 0; off < PTC_KERNEL_USER_SIZE; off += sizeof(long))
		area[off / sizeof(long)] = peek(pid, off);
	EXPECT_EQ(memcmp(area, &regs, sizeof(regs)), 0);
	for (int i = 0; i < 4; i++)
		EXPECT_EQ(area[PTC_USER_DEBUGREG(i) / sizeof(long)], (uintptr_t)&slots[i]);
	EXPECT_EQ(area[PTC_USER_DEBUGREG(7) / sizeof(long)], DR7_ALL);

	for (off = 0; off < DR_END; off += sizeof(long)) {
		if (off == sizeof(regs))
			off = DR_FIRST;
		if (is_dr4_dr5(off))
			continue;
		if (PTRACE(PTRACE_POKEUSER, pid, off, area[off / sizeof(long)]) == -1)
			PTC_FAIL(false, "POKEUSER at offset %#lx of the value PEEKUSER read "
				 "there (%#lx): %s", off, area[off / sizeof(long)],
				 ptc_errno_name(errno));
	}

	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &after));
	EXPECT_EQ(memcmp(&after, &regs, sizeof(regs)), 0);
	for (off = DR_FIRST; off < DR_END; off += sizeof(long))
		EXPECT_EQ(peek(pid, off), area[off / sizeof(long)]);
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_DEBUGREG(7), 0));
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
