// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static void *volatile target;

static int return_into_data(void *arg)
{
	char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(page != MAP_FAILED);
	ptc_no_coredump();
	memset(page, 0xcc, 4096);	/* int3s, were the page executable */
	target = page + 2048;
	ptc_return_to(target);
}
#endif

PTC_CASE(
	.claim = "Returning into a readable but not executable page stops the tracee with "
		 "SIGSEGV (si_code SEGV_ACCERR) at that address: rip and si_addr are the target, "
		 "not an int3 SIGTRAP from the page's bytes",
	.man = "Signal-delivery-stop; PTRACE_GETSIGINFO",
	.spec = "5.B14",
	.needs = "arch:x86_64",
	.links = "ptrace-tests ret-to-nxpage.c",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, return_into_data, NULL);
	unsigned long addr;
	siginfo_t si;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSEGV);
	addr = ptc_peekdata(pid, (const void *)&target);
	EXPECT_EQ(ptc_peekuser(pid, PTC_USER_REG(rip)), addr);
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ((uintptr_t)si.si_addr, addr);
	EXPECT_EQ(si.si_code, SEGV_ACCERR);
#endif
}
