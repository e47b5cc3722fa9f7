// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "parity.h"
#include "ptc.h"
#include "x86-regs.h"

static int fds[2];
static volatile long called;

static void inferior_function(void)
{
	called = 42;
	par_breakpoint();
}

static int read_by_int80(void *arg)
{
	char *buf = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
			 -1, 0);

	ASSERT_TRUE(buf != MAP_FAILED);
	par_count_signal(SIGUSR1, SA_RESTART);
	EXPECT_EQ(par_int80(PAR_NR32_read, fds[0], (long)buf, 1), -PAR_ERESTARTSYS);
	return 0;
}

PTC_CASE(
	.claim = "A 64-bit tracer restoring the registers of a compat (int $0x80) syscall after a "
		 "debugger-style call, with rax cut to 32 bits (0x00000000fffffe00), does not re-arm "
		 "the restart: away from a syscall the value is not sign-extended, so it is no "
		 "-ERESTARTSYS and the read returns it unrestarted",
	.man = "Signal injection and suppression; Syscall-stops",
	.spec = "5.A4 5.C17",
	.needs = "arch:x86_64",
	.links = "ptrace-tests erestartsys-trap-32fails-debugger.c; "
		 "https://bugzilla.redhat.com/434995; https://bugzilla.redhat.com/436183",
)
{
	struct par_regs saved, call;
	struct ptc_stop st;
	pid_t pid;

	if (!par_have_int80())
		ptc_unsupported("int $0x80 (IA32 emulation)");
	ASSERT_OK(pipe(fds));
	pid = ptc_start(PTC_TRACEME, 0, read_by_int80, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, PAR_NR32_read);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	par_getregs(pid, &saved);
	call = saved;
	call.rip = (uintptr_t)inferior_function;
	call.rsp = ((saved.rsp - 256) & ~15ULL) - 8;
	call.orig_rax = 0xffffffffULL;
	par_setregs(pid, &call);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(par_peekdata(pid, (const void *)&called), 42);
	saved.rax &= 0xffffffffULL;
	par_setregs(pid, &saved);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = par_report_unless_blocked(pid, PAR_NR32_read, "the read was restarted");
	EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
}
