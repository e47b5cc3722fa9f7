// SPDX-License-Identifier: GPL-2.0
/* x86_64 registers, USER area and debug registers of a stopped tracee, and
 * instructions at known addresses; see x86-regs.h. */
#include <elf.h>
#include <sys/mman.h>

#include "ptc.h"
#include "parity.h"
#include "x86-regs.h"
#include "signals.h"

#if defined(__x86_64__)
#include <sys/user.h>

_Static_assert(sizeof(struct par_regs) == sizeof(struct user_regs_struct),
	       "struct par_regs has the uapi layout");
_Static_assert(offsetof(struct user, u_debugreg) == PAR_USER_DEBUGREG,
	       "u_debugreg offset in the USER area");

asm(".pushsection .text\n"
    ".globl par_insn_syscall\n"
    "par_insn_syscall:\n\tsyscall\n\tint3\n"
    ".globl par_insn_int80\n"
    "par_insn_int80:\n\tint $0x80\n\tint3\n"
    ".globl par_insn_int3\n"
    ".globl par_breakpoint\n"
    "par_breakpoint:\n"
    "par_insn_int3:\n\tint3\n\tret\n"
    ".globl par_answer\n"
    ".globl par_answer_function\n"
    "par_answer_function:\n"
    "par_answer:\n\tmovl $42, %eax\n\tret\n"
    ".globl par_tf_program\n"
    "par_tf_program:\n"
    "\tpushfq\n\torq $0x100, (%rsp)\n\tpopfq\n"
    "\tnop\n"
    ".globl par_tf_after_nop1\npar_tf_after_nop1:\n\tnop\n"
    ".globl par_tf_after_nop2\npar_tf_after_nop2:\n\tpushfq\n"
    ".globl par_tf_after_pushf\npar_tf_after_pushf:\n\tandq $~0x100, (%rsp)\n"
    ".globl par_tf_after_and\npar_tf_after_and:\n\tpopfq\n"
    ".globl par_tf_after_popf\npar_tf_after_popf:\n\tret\n"
    ".popsection\n");

void par_return_to(void *addr)
{
	asm volatile("pushq %0\n\tret" : : "r"(addr) : "memory");
	__builtin_unreachable();
}

void par_movss_int3(uint16_t *mem)
{
	asm volatile("mov %%ss, %0\n\tmov %0, %%ss\n\tint3" : "+m"(*mem) : : "memory");
}

void par_store_gs0(uint32_t v)
{
	asm volatile("movl %0, %%gs:0" : : "r"(v) : "memory");
}

int par_xmm0_hold(uint32_t v, volatile int *go, int after)
{
	uint64_t want = ((uint64_t)v << 32) | v, got;
	int bad = 0;

	asm volatile("movq %[want], %%xmm0\n\t"
		     "punpcklqdq %%xmm0, %%xmm0\n"
		     "1:\tmovl $24, %%eax\n\t"	/* sched_yield */
		     "syscall\n\t"
		     "movq %%xmm0, %[got]\n\t"
		     "cmpq %[want], %[got]\n\t"
		     "je 2f\n\t"
		     "incl %[bad]\n"
		     "2:\tcmpl $0, (%[go])\n\t"
		     "je 1b\n\t"
		     "decl %[after]\n\t"
		     "jg 1b\n"
		     : [bad] "+r"(bad), [after] "+r"(after), [got] "=&r"(got)
		     : [want] "r"(want), [go] "r"(go)
		     : "rax", "rcx", "r11", "xmm0", "memory", "cc");
	return bad;
}

long par_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	register long r10 asm("r10") = a4;
	register long r8 asm("r8") = a5;
	register long r9 asm("r9") = a6;
	long ret;

	asm volatile("syscall"
		     : "=a"(ret)
		     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
		     : "rcx", "r11", "memory");
	return ret;
}

#else
/* Other ABIs: the cases using these are skipped (.needs = "arch:x86_64");
 * the symbols exist so that they still build. */
const unsigned char par_insn_syscall[2], par_insn_int80[2], par_insn_int3[2], par_answer[2];
const unsigned char par_tf_after_nop1[1], par_tf_after_nop2[1], par_tf_after_pushf[1],
	par_tf_after_and[1], par_tf_after_popf[1];

void par_tf_program(void)
{
	PTC_FAIL(true, "x86_64 only");
}

void par_return_to(void *addr)
{
	PTC_FAIL(true, "x86_64 only");
	_exit(1);
}

void par_movss_int3(uint16_t *mem)
{
	PTC_FAIL(true, "x86_64 only");
}

void par_store_gs0(uint32_t v)
{
	PTC_FAIL(true, "x86_64 only");
}

int par_xmm0_hold(uint32_t v, volatile int *go, int after)
{
	PTC_FAIL(true, "x86_64 only");
	return -1;
}

void par_breakpoint(void)
{
	PTC_FAIL(true, "x86_64 only");
}

int par_answer_function(void)
{
	PTC_FAIL(true, "x86_64 only");
	return 0;
}

long par_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	PTC_FAIL(true, "x86_64 only");
	return -1;
}

#endif

unsigned long par_dr7_local(int i, int rw, int len)
{
	static const unsigned long len_bits[9] = { [1] = 0, [2] = 1, [4] = 3, [8] = 2 };

	return (1UL << (2 * i)) | ((unsigned long)rw << (16 + 4 * i)) |
	       (len_bits[len & 15 ? len & 15 : 1] << (18 + 4 * i));
}

void par_getregs(pid_t pid, struct par_regs *regs)
{
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, regs));
}

void par_setregs(pid_t pid, const struct par_regs *regs)
{
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, regs));
}

static unsigned long peek(long req, pid_t pid, unsigned long addr)
{
	long v;

	errno = 0;
	v = PTRACE(req, pid, addr, 0);
	if (v == -1 && errno)
		PTC_FAIL(true, "%s(%d, %#lx): %s", ptc_request_name(req), pid, addr,
			 ptc_errno_name(errno));
	return (unsigned long)v;
}

unsigned long par_peekuser(pid_t pid, size_t offset)
{
	return peek(PTRACE_PEEKUSER, pid, offset);
}

void par_pokeuser(pid_t pid, size_t offset, unsigned long value)
{
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, offset, value));
}

unsigned long par_peekdata(pid_t pid, const void *addr)
{
	return peek(PTRACE_PEEKDATA, pid, (unsigned long)(uintptr_t)addr);
}

void par_pokedata(pid_t pid, const void *addr, unsigned long value)
{
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, addr, value));
}

void par_to_syscall_entry(pid_t pid, long nr, struct par_regs *regs)
{
	bool entry = true;

	for (int i = 0; i < 1000; i++, entry = !entry) {
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
		par_getregs(pid, regs);
		if (entry && (long)regs->orig_rax == nr)
			return;
	}
	PTC_FAIL(true, "pid %d made 500 syscalls without syscall %ld", pid, nr);
}

void par_to_syscall_exit(pid_t pid, struct par_regs *regs)
{
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	par_getregs(pid, regs);
}

int par_i386_loop_elf(void)
{
	struct {
		Elf32_Ehdr eh;
		Elf32_Phdr ph;
		unsigned char code[2];
	} __attribute__((packed)) img = {
		.eh = {
			.e_ident = { ELFMAG0, ELFMAG1, ELFMAG2, ELFMAG3, ELFCLASS32, ELFDATA2LSB,
				     EV_CURRENT, ELFOSABI_SYSV },
			.e_type = ET_EXEC,
			.e_machine = EM_386,
			.e_version = EV_CURRENT,
			.e_entry = PAR_I386_BASE + sizeof(Elf32_Ehdr) + sizeof(Elf32_Phdr),
			.e_phoff = sizeof(Elf32_Ehdr),
			.e_ehsize = sizeof(Elf32_Ehdr),
			.e_phentsize = sizeof(Elf32_Phdr),
			.e_phnum = 1,
		},
		.ph = {
			.p_type = PT_LOAD,
			.p_vaddr = PAR_I386_BASE,
			.p_paddr = PAR_I386_BASE,
			.p_filesz = sizeof(img),
			.p_memsz = sizeof(img),
			.p_flags = PF_R | PF_X,
			.p_align = 0x1000,
		},
		.code = { 0xeb, 0xfe },	/* jmp . */
	};
	int fd = memfd_create("ptc-i386-loop", MFD_CLOEXEC);

	if (fd < 0 || write(fd, &img, sizeof(img)) != (ssize_t)sizeof(img))
		PTC_FAIL(true, "making the i386 executable: %s", ptc_errno_name(errno));
	return fd;
}

void par_interrupt_syscall(pid_t pid, long nr, struct par_regs *regs)
{
	par_to_syscall_entry(pid, nr, regs);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, nr);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
	par_getregs(pid, regs);
}

void par_stop_in_syscall(pid_t pid, long nr, struct par_regs *regs)
{
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, nr);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	par_getregs(pid, regs);
}

void par_finish_fork(pid_t pid, pid_t child)
{
	ASSERT_SIGNAL_STOP(child, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ASSERT_EXITED(child, 0);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGCHLD);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}

void par_rewind_syscall(pid_t pid, struct par_regs *regs)
{
	regs->rax = regs->orig_rax;
	regs->rip -= 2;
	par_setregs(pid, regs);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP, .sig = SIGTRAP | 0x80);
}

volatile long par_inferior_called;

static void par_inferior_function(void)
{
	par_inferior_called = 42;
	par_breakpoint();
}

void par_inferior_call(pid_t pid, const struct par_regs *saved, uint64_t orig_rax)
{
	struct par_regs call = *saved;

	call.rip = (uintptr_t)par_inferior_function;
	/* Below the red zone, aligned as right after a call instruction. */
	call.rsp = ((saved->rsp - 256) & ~15ULL) - 8;
	call.orig_rax = orig_rax;
	par_setregs(pid, &call);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(par_peekdata(pid, (const void *)&par_inferior_called), 42);
}

#ifndef MAP_32BIT
#define MAP_32BIT 0x40	/* x86 only; the callers are skipped elsewhere */
#endif

static char read_buf[8];

long par_read_usr1(int fd, int sa_flags)
{
	ptc_count_signal(SIGUSR1, sa_flags);
	return par_syscall6(PAR_NR_read, fd, (long)read_buf, 1, 0, 0, 0);
}

long par_read_usr1_int80(int fd, int sa_flags)
{
	char *buf = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);

	if (buf == MAP_FAILED)
		PTC_FAIL(true, "mmap below 4 GiB: %s", ptc_errno_name(errno));
	ptc_count_signal(SIGUSR1, sa_flags);
	return ptc_int80(PAR_NR32_read, fd, (long)buf, 1);
}

int par_raw_fork(void *unused)
{
	long child = par_syscall6(PAR_NR_fork, 0, 0, 0, 0, 0, 0);

	if (child == 0)
		_exit(0);
	EXPECT_GT(child, 0);
	return 0;
}

volatile long par_watched;

int par_write_watched(void *unused)
{
	ptc_no_coredump();
	par_watched = 1;
	return 0;
}
