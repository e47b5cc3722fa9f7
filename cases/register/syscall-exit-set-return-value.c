// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

static int call_getpid(void *arg)
{
	EXPECT_EQ(syscall(SYS_getpid), 4242);
	return 0;
}

PTC_CASE(
	.claim = "Writing the return register at a syscall-exit-stop changes the value the "
		 "tracee's system call returns",
	.man = "Syscall-stops; PTRACE_SETREGSET",
	.spec = "C047 5.A2",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getpid, NULL);
	ptc_regs_t regs;
	bool entry = true;

	/* From the SIGSTOP, syscall stops alternate entry, exit: find getpid's. */
	for (int i = 0;; i++, entry = !entry) {
		ASSERT_LT(i, 200);
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_SYSCALL_STOP(pid);
		ptc_get_regs(pid, &regs);
		if (entry && PTC_REG_SYSNR(regs) == SYS_getpid)
			break;
	}
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(PTC_REG_RET(regs), pid);
	PTC_REG_RET(regs) = 4242;
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
