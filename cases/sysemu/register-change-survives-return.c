// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

#if defined(__x86_64__)
/* long r12_syscall(long nr, long r12, long *r12_after): the system call nr
 * with r12 holding r12; stores what r12 holds after it. */
__asm__(".text\n"
	".type r12_syscall,@function\n"
	"r12_syscall:\n"
	"	push %r12\n"
	"	mov %rsi, %r12\n"
	"	mov %rdi, %rax\n"
	"	syscall\n"
	"	mov %r12, (%rdx)\n"
	"	pop %r12\n"
	"	ret\n");
long r12_syscall(long nr, long r12, long *r12_after);

static int three_getpids(void *arg)
{
	long me = getpid(), after;

	syscall(SYS_getppid);
	/* Emulated at a SYSEMU stop. */
	EXPECT_EQ(r12_syscall(SYS_getpid, 0x1111, &after), 77);
	EXPECT_EQ(after, 0x2222);
	/* Changed at the syscall-enter-stop. */
	EXPECT_EQ(r12_syscall(SYS_getpid, 0x3333, &after), me);
	EXPECT_EQ(after, 0x4444);
	/* Changed at the syscall-exit-stop. */
	EXPECT_EQ(r12_syscall(SYS_getpid, 0x5555, &after), me);
	EXPECT_EQ(after, 0x6666);
	return 0;
}

static void expect_r12_then_set(pid_t pid, long want, long set)
{
	ptc_regs_t regs;

	ptc_get_regs(pid, &regs);
	EXPECT_EQ(regs.r12, want);
	regs.r12 = set;
	ptc_set_regs(pid, &regs);
}
#endif

PTC_CASE(
	.claim = "A register that is neither the result nor clobbered by the syscall "
		 "instruction (r12), changed by the tracer at a PTRACE_SYSEMU stop, at a "
		 "syscall-enter-stop or at a syscall-exit-stop, is what the tracee holds after "
		 "the call: the return path keeps it, beside the emulated result",
	.man = "PTRACE_SYSEMU; Syscall-stops; PTRACE_SETREGS",
	.spec = "C119 C047",
	.since = "2.6.14",
	.needs = "arch:x86_64",
	.links = "ptrace-tests: sysemu; ptrace-tests: user-regs-peekpoke",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, three_getpids, NULL);

	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	EXPECT_EQ(ptc_syscall_nr(pid), SYS_getpid);
	expect_r12_then_set(pid, 0x1111, 0x2222);
	ptc_set_syscall_ret(pid, 77);
	/* Resumed with PTRACE_SYSCALL, the emulated call has an exit stop. */
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	EXPECT_EQ(ptc_syscall_ret(pid), 77);
	expect_r12_then_set(pid, 0x2222, 0x2222);
	ptc_syscall_to_entry(pid, SYS_getpid);
	expect_r12_then_set(pid, 0x3333, 0x4444);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	expect_r12_then_set(pid, 0x4444, 0x4444);
	ptc_syscall_to_entry(pid, SYS_getpid);
	expect_r12_then_set(pid, 0x5555, 0x5555);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	expect_r12_then_set(pid, 0x5555, 0x6666);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
