// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "regs.h"
#include "x86.h"

#if PTC_X86_64

static int call_answer(void *arg)
{
	ptc_no_coredump();
	EXPECT_EQ(ptc_answer_function(), 42);
	return 0;
}
#endif

PTC_CASE(
	.claim = "A tracer can plant a breakpoint in the tracee's read-only text by writing 0xcc "
		 "through /proc/PID/mem: the tracee stops with SIGTRAP after it; writing the "
		 "original byte back the same way and moving rip back resumes it unharmed",
	.man = "NOTES; PTRACE_POKETEXT",
	.spec = "5.D20",
	.needs = "arch:x86_64",
	.links = "rr tests ptrace_breakpoint",
)
{
#if PTC_X86_64
	pid_t pid = ptc_start(PTC_TRACEME, 0, call_answer, NULL);
	off_t at = (off_t)(uintptr_t)ptc_answer;
	unsigned char orig, cc = 0xcc;
	ptc_regs_t regs;
	ssize_t n;
	int fd;

	fd = ASSERT_OK(ptc_open_proc(pid, "mem", O_RDWR));
	ASSERT_EQ(pread(fd, &orig, 1, at), 1);
	n = pwrite(fd, &cc, 1, at);
	if (n == -1 && errno == EIO)
		ptc_skip("this kernel refuses forced writes through /proc/PID/mem "
			 "(proc_mem.force_override=never or CONFIG_PROC_MEM_NO_FORCE)");
	ASSERT_EQ(n, 1);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.rip, (uintptr_t)ptc_answer + 1);
	ASSERT_EQ(pwrite(fd, &orig, 1, at), 1);
	close(fd);
	regs.rip = (uintptr_t)ptc_answer;
	ptc_set_regs(pid, &regs);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
