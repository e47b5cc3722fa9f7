// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "PTRACE_GETREGS, PTRACE_SETREGS, PTRACE_GETFPREGS and PTRACE_SETFPREGS with a "
		 "data pointer to memory the tracer cannot access fail with EFAULT (the regset "
		 "copy to or from user memory faults), and the failed SETs leave the tracee's "
		 "registers as they were",
	.man = "PTRACE_GETREGS, PTRACE_GETFPREGS; PTRACE_SETREGS, PTRACE_SETFPREGS; ERRORS",
	.spec = "C038 C039 C297",
	.needs = "arch:x86",
	.links = "LTP ptrace04; gVisor ptrace.cc (register requests)",
)
{
#if PTC_X86
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	void *hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct user_fpregs_struct fp, fp_after;
	ptc_regs_t regs, after;

	ASSERT_TRUE(hole != MAP_FAILED);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &regs));
	ASSERT_OK(PTRACE(PTRACE_GETFPREGS, pid, 0, &fp));
	EXPECT_ERRNO(PTRACE(PTRACE_GETREGS, pid, 0, hole), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_SETREGS, pid, 0, hole), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_GETFPREGS, pid, 0, hole), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_SETFPREGS, pid, 0, hole), EFAULT);
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &after));
	EXPECT_EQ(memcmp(&after, &regs, sizeof(regs)), 0);
	ASSERT_OK(PTRACE(PTRACE_GETFPREGS, pid, 0, &fp_after));
	EXPECT_EQ(memcmp(&fp_after, &fp, sizeof(fp)), 0);
#endif
}
