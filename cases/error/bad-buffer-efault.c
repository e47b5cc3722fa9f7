// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>
#include <sys/uio.h>

#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A request whose data points to memory of the tracer it cannot access fails "
		 "with EFAULT: GET/SETSIGINFO, GETEVENTMSG, GETREGSET (bad iovec or bad buffer) "
		 "and GET_SYSCALL_INFO",
	.man = "ERRORS",
	.spec = "C297",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	void *hole = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iovec iov = { hole, 4096 };
	siginfo_t si;
	long r;

	ASSERT_TRUE(hole != MAP_FAILED);
	EXPECT_ERRNO(PTRACE(PTRACE_GETSIGINFO, pid, 0, hole), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_SETSIGINFO, pid, 0, hole), EFAULT);
	EXPECT_ERRNO(PTRACE(PTRACE_GETEVENTMSG, pid, 0, hole), EFAULT);
	if (ptc_have_regsets(pid)) {
		EXPECT_ERRNO(PTRACE(PTRACE_GETREGSET, pid, NT_PRSTATUS, hole), EFAULT);
		EXPECT_ERRNO(PTRACE(PTRACE_GETREGSET, pid, NT_PRSTATUS, &iov), EFAULT);
	} else {
		ptc_log("PTRACE_GETREGSET: EIO, the kernel has no regsets");
	}
	r = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(struct ptc_syscall_info), hole);
	if (r == -1 && errno == EIO)
		ptc_log("PTRACE_GET_SYSCALL_INFO: EIO, the kernel lacks it (added in 5.3)");
	else
		ptc_check_errno(__FILE__, __LINE__, false, "PTRACE(PTRACE_GET_SYSCALL_INFO, pid, 88, hole)",
				r, EFAULT);
	/* None of them disturbed the stop. */
	ASSERT_OK(PTRACE(PTRACE_GETSIGINFO, pid, 0, &si));
	EXPECT_EQ(si.si_signo, SIGSTOP);
}
