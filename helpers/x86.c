// SPDX-License-Identifier: GPL-2.0
/* x86 instruction sites, raw instructions and debug register bits (see
 * x86.h). */
#include <elf.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "signals.h"
#include "syscalls.h"
#include "x86.h"

#if PTC_X86
unsigned long ptc_dr7_local(int i, int rw, int len)
{
	static const unsigned long len_bits[9] = { [1] = 0, [2] = 1, [4] = 3, [8] = 2 };

	return (1UL << (2 * i)) | ((unsigned long)rw << (16 + 4 * i)) |
	       (len_bits[len & 15 ? len & 15 : 1] << (18 + 4 * i));
}

volatile long ptc_watched;

int ptc_write_watched(void *unused)
{
	ptc_no_coredump();
	ptc_watched = 1;
	return 0;
}
#endif

#if PTC_X86_64
asm(".pushsection .text\n"
    ".globl ptc_insn_syscall\n"
    "ptc_insn_syscall:\n\tsyscall\n\tint3\n"
    ".globl ptc_insn_int80\n"
    "ptc_insn_int80:\n\tint $0x80\n\tint3\n"
    ".globl ptc_insn_int3\n"
    ".globl ptc_breakpoint\n"
    "ptc_breakpoint:\n"
    "ptc_insn_int3:\n\tint3\n\tret\n"
    ".globl ptc_answer\n"
    ".globl ptc_answer_function\n"
    "ptc_answer_function:\n"
    "ptc_answer:\n\tmovl $42, %eax\n\tret\n"
    ".globl ptc_tf_program\n"
    "ptc_tf_program:\n"
    "\tpushfq\n\torq $0x100, (%rsp)\n\tpopfq\n"
    "\tnop\n"
    ".globl ptc_tf_after_nop1\nptc_tf_after_nop1:\n\tnop\n"
    ".globl ptc_tf_after_nop2\nptc_tf_after_nop2:\n\tpushfq\n"
    ".globl ptc_tf_after_pushf\nptc_tf_after_pushf:\n\tandq $~0x100, (%rsp)\n"
    ".globl ptc_tf_after_and\nptc_tf_after_and:\n\tpopfq\n"
    ".globl ptc_tf_after_popf\nptc_tf_after_popf:\n\tret\n"
    ".popsection\n");

void ptc_return_to(void *addr)
{
	asm volatile("pushq %0\n\tret" : : "r"(addr) : "memory");
	__builtin_unreachable();
}

void ptc_movss_int3(uint16_t *mem)
{
	asm volatile("mov %%ss, %0\n\tmov %0, %%ss\n\tint3" : "+m"(*mem) : : "memory");
}

void ptc_store_gs0(uint32_t v)
{
	asm volatile("movl %0, %%gs:0" : : "r"(v) : "memory");
}

int ptc_xmm0_hold(uint32_t v, volatile int *go, int after)
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

long ptc_raw_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
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

int ptc_i386_loop_elf(void)
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
			.e_entry = PTC_I386_BASE + sizeof(Elf32_Ehdr) + sizeof(Elf32_Phdr),
			.e_phoff = sizeof(Elf32_Ehdr),
			.e_ehsize = sizeof(Elf32_Ehdr),
			.e_phentsize = sizeof(Elf32_Phdr),
			.e_phnum = 1,
		},
		.ph = {
			.p_type = PT_LOAD,
			.p_vaddr = PTC_I386_BASE,
			.p_paddr = PTC_I386_BASE,
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

void ptc_rewind_syscall(pid_t pid, ptc_regs_t *regs)
{
	regs->rax = regs->orig_rax;
	regs->rip -= 2;
	ptc_set_regs(pid, regs);
	ptc_syscall_resume(pid);
}

volatile long ptc_inferior_called;

static void inferior_function(void)
{
	ptc_inferior_called = 42;
	ptc_breakpoint();
}

void ptc_inferior_call(pid_t pid, const ptc_regs_t *saved, uint64_t orig_rax)
{
	ptc_regs_t call = *saved;

	call.rip = (uintptr_t)inferior_function;
	/* Below the red zone, aligned as right after a call instruction. */
	call.rsp = ((saved->rsp - 256) & ~15ULL) - 8;
	call.orig_rax = orig_rax;
	ptc_set_regs(pid, &call);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
	EXPECT_EQ(ptc_peekdata(pid, (const void *)&ptc_inferior_called), 42);
}

static char read_buf[8];

long ptc_read_usr1(int fd, int sa_flags)
{
	ptc_count_signal(SIGUSR1, sa_flags);
	return ptc_raw_syscall6(SYS_read, fd, (long)read_buf, 1, 0, 0, 0);
}

long ptc_read_usr1_int80(int fd, int sa_flags)
{
	char *buf = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);

	if (buf == MAP_FAILED)
		PTC_FAIL(true, "mmap below 4 GiB: %s", ptc_errno_name(errno));
	ptc_count_signal(SIGUSR1, sa_flags);
	return ptc_int80(PTC_NR32_read, fd, (long)buf, 1);
}

int ptc_raw_fork(void *unused)
{
	long child = ptc_raw_syscall6(SYS_fork, 0, 0, 0, 0, 0, 0);

	if (child == 0)
		_exit(0);
	EXPECT_GT(child, 0);
	return 0;
}
#endif
