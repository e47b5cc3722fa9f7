/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Registers and memory of a tracee, for the memory, regs and arch cases.
 *
 * Registers are named through macros for this build's ABI (x86_64, i386
 * or arm64), so one case checks the same behaviour for native and 32-bit
 * tracees. The trap sites below are a few instructions of assembly in the
 * helper library: a tracee calling one stops at an address the tracer
 * knows (the tracee is a fork of the tracer, so the addresses agree).
 */
#ifndef PTC_REGS_H
#define PTC_REGS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/user.h>

#if defined(__x86_64__) || defined(__i386__)
#define PTC_X86 1
#else
#define PTC_X86 0
#endif
/* x86_64 only (not i386): raw 64-bit instructions and register names. */
#if defined(__x86_64__)
#define PTC_X86_64 1
#else
#define PTC_X86_64 0
#endif

/* The general registers as NT_PRSTATUS (and GETREGS on x86) lay them out
 * for this build's ABI. */
typedef struct user_regs_struct ptc_regs_t;

#if defined(__x86_64__)
#define PTC_REG_IP(r) ((r).rip)
#define PTC_REG_SP(r) ((r).rsp)
#define PTC_REG_RET(r) ((r).rax)	/* what the trap sites return */
#define PTC_REG_SYSNR(r) ((r).orig_rax)
#define PTC_REG_CS(r) ((r).cs)
#define PTC_REG_SS(r) ((r).ss)
#define PTC_REG_FLAGS(r) ((r).eflags)
#define PTC_USER_IP offsetof(struct user, regs.rip)
#define PTC_USER_RET offsetof(struct user, regs.rax)
#define PTC_USER_SYSNR offsetof(struct user, regs.orig_rax)
#define PTC_USER_CS offsetof(struct user, regs.cs)
#define PTC_USER_DS offsetof(struct user, regs.ds)
#define PTC_USER_FLAGS offsetof(struct user, regs.eflags)
#elif defined(__i386__)
#define PTC_REG_IP(r) ((r).eip)
#define PTC_REG_SP(r) ((r).esp)
#define PTC_REG_RET(r) ((r).eax)
#define PTC_REG_SYSNR(r) ((r).orig_eax)
#define PTC_REG_CS(r) ((r).xcs)
#define PTC_REG_SS(r) ((r).xss)
#define PTC_REG_FLAGS(r) ((r).eflags)
#define PTC_USER_IP offsetof(struct user, regs.eip)
#define PTC_USER_RET offsetof(struct user, regs.eax)
#define PTC_USER_SYSNR offsetof(struct user, regs.orig_eax)
#define PTC_USER_CS offsetof(struct user, regs.xcs)
#define PTC_USER_DS offsetof(struct user, regs.xds)
#define PTC_USER_FLAGS offsetof(struct user, regs.eflags)
#elif defined(__aarch64__)
#define PTC_REG_IP(r) ((r).pc)
#define PTC_REG_SP(r) ((r).sp)
#define PTC_REG_RET(r) ((r).regs[0])
#define PTC_REG_SYSNR(r) ((r).regs[8])
#endif

/* The instruction and stack pointers as addresses, to compare with one
 * (the i386 registers are signed longs). */
#define PTC_IP_OF(r) ((uintptr_t)PTC_REG_IP(r))
#define PTC_SP_OF(r) ((uintptr_t)PTC_REG_SP(r))

/* Syscall argument i (0-5) in the ABI's argument registers (x86_64 rdi rsi
 * rdx r10 r8 r9, i386 ebx ecx edx esi edi ebp, arm64 x0-x5), to read or
 * change at a syscall-enter-stop. The number is PTC_REG_SYSNR on x86; on
 * arm64 x8 only carries it in, the kernel keeps its own copy: read and
 * change a tracee's syscall number with ptc_syscall_nr/ptc_set_syscall_nr
 * (syscalls.h). */
unsigned long ptc_regs_arg(const ptc_regs_t *regs, int i);
void ptc_regs_set_arg(ptc_regs_t *regs, int i, unsigned long v);

#if PTC_X86
#include <asm/ldt.h>	/* struct user_desc */

/* The x86 USER area (PEEKUSER/POKEUSER). The kernel's struct user is
 * <sys/user.h>'s plus, on x86_64, two trailing words (error_code and
 * fault_address) that glibc's copy lacks. */
#define PTC_USER_DEBUGREG(i) (offsetof(struct user, u_debugreg) + (i) * sizeof(long))
#if defined(__x86_64__)
#define PTC_KERNEL_USER_SIZE (sizeof(struct user) + 2 * sizeof(long))
#else
#define PTC_KERNEL_USER_SIZE sizeof(struct user)
#endif
/* A general register's word in the USER area, by its name in this ABI's
 * struct user_regs_struct (rax, orig_rax, rip ... on x86_64). */
#define PTC_USER_REG(field) offsetof(struct user, regs.field)
#define PTC_EFLAGS_TF 0x100UL
#define PTC_EFLAGS_IF 0x200UL
#define PTC_EFLAGS_IOPL 0x3000UL

/* The XSAVE image of NT_X86_XSTATE: the legacy (FXSAVE) area, the
 * software bytes the kernel fills (XCR0 first), the XSAVE header. */
#define PTC_XSTATE_XMM0 160
#define PTC_XSTATE_SW_XCR0 464
#define PTC_XSTATE_BV 512
#define PTC_XSTATE_XCOMP_BV 520
#define PTC_XSTATE_RESERVED 528
#define PTC_XSTATE_MAX 65536

/* The tracee's whole XSAVE image into buf (PTC_XSTATE_MAX bytes); returns
 * its size. Skips the case on a CPU without XSAVE. */
size_t ptc_get_xstate(pid_t pid, void *buf);
/* This CPU's XCR0 (xgetbv 0) and XSAVE size for it (CPUID 0xd.0 EBX). */
uint64_t ptc_xcr0(void);
uint32_t ptc_xsave_size(void);
#endif

/* x86 arch_prctl codes (PTRACE_ARCH_PRCTL's data), with their uapi values. */
#ifndef ARCH_SET_GS
#define ARCH_SET_GS 0x1001
#endif
#ifndef ARCH_SET_FS
#define ARCH_SET_FS 0x1002
#endif
#ifndef ARCH_GET_FS
#define ARCH_GET_FS 0x1003
#endif
#ifndef ARCH_GET_GS
#define ARCH_GET_GS 0x1004
#endif
#ifndef ARCH_SHSTK_ENABLE
#define ARCH_SHSTK_ENABLE 0x5001
#endif
#ifndef ARCH_SHSTK_UNLOCK
#define ARCH_SHSTK_UNLOCK 0x5004
#endif
#ifndef ARCH_SHSTK_STATUS
#define ARCH_SHSTK_STATUS 0x5005
#endif
#ifndef ARCH_SHSTK_SHSTK
#define ARCH_SHSTK_SHSTK (1ULL << 0)
#endif

/* ---- requests ---------------------------------------------------------- */

/* The raw ptrace system call, bypassing libc's wrapper (for the kernel's
 * own PEEK* convention: the word goes to *data). Logged like PTRACE(). */
long ptc_ptrace_raw(long request, pid_t pid, unsigned long addr, unsigned long data);

/* GETREGSET/SETREGSET (req) of regset type into/from buf: *len is the
 * iov_len passed in and the one the kernel left. Returns the request's
 * result (-1 with errno). */
long ptc_regset(long req, pid_t pid, unsigned long type, void *buf, size_t *len);

/* A 32-bit syscall through int $0x80 (from 64-bit code: the compat entry):
 * i386 numbers, arguments truncated to 32 bits. Returns the sign-extended
 * eax. x86 only: elsewhere it fails the case. */
long ptc_int80(long nr, long a1, long a2, long a3);
/* A case using it says .needs = "int80": it is skipped where int $0x80
 * does not reach the 32-bit system calls (platform.h). */
/* Ends the case as unsupported when this kernel has no regset requests at
 * all (GETREGSET of NT_PRSTATUS on the stopped tracee pid gives EIO);
 * ptc_regset checks this itself whenever a request fails with EIO. */
void ptc_require_regsets(pid_t pid);
bool ptc_have_regsets(pid_t pid);

/* All general registers through NT_PRSTATUS, asserting success. */
void ptc_get_regs(pid_t pid, ptc_regs_t *regs);
void ptc_set_regs(pid_t pid, const ptc_regs_t *regs);

/* PEEKUSER/POKEUSER, PEEKDATA/POKEDATA that must succeed (a failure ends
 * the case, with the request in the trace). */
unsigned long ptc_peekuser(pid_t pid, size_t offset);
void ptc_pokeuser(pid_t pid, size_t offset, unsigned long value);
unsigned long ptc_peekdata(pid_t pid, const void *addr);
void ptc_pokedata(pid_t pid, const void *addr, unsigned long value);

/* ---- memory -------------------------------------------------------------- */

/* A page-sized hole that stays unmapped (just below vm.mmap_min_addr,
 * where nothing is mapped unasked), with a mapped read-write page right
 * above it. Call before forking the tracee, which inherits both. */
void *ptc_unmapped_page(void);
size_t ptc_page_size(void);

/* ---- trap sites (assembly in regs.c) ------------------------------------ */

/* Stops the caller with a SIGTRAP signal-delivery-stop (x86 int3, arm64
 * brk) with v in the return register, and returns what that register
 * holds when the caller goes on. At the stop the IP is ptc_trap_return_ip. */
long ptc_trap_return(long v);
extern const char ptc_trap_return_ip[];

/* At a trap site's stop, make the tracee go on after the trap instruction
 * (arm64 reports the IP at the brk; x86 already after the int3). */
void ptc_trap_skip(pid_t pid);

/* A trap, then straight-line instructions, then a taken jump:
 *   trap; start: nop; second: nop; nop; jmp target; nop...; target: nop; ret
 * After ptc_trap_skip the tracee is at ptc_step_start. */
void ptc_step_site(void);
extern const char ptc_step_start[], ptc_step_second[], ptc_step_jump[], ptc_step_target[];

/* Tracee bodies: ptc_trap_return((long)arg), or ptc_step_site(); then exit 0. */
int ptc_trap_tracee(void *v);
int ptc_step_tracee(void *unused);

/* Resume pid (stopped anywhere, signal suppressed) up to its next trap
 * site: asserts the SIGTRAP signal-delivery-stop. */
void ptc_run_to_trap(pid_t pid);
/* The same, then returns the value the tracee passed to ptc_trap_return. */
long ptc_trap_value(pid_t pid);

#if PTC_X86
/* x86: a trap right before a syscall instruction (getpid: x86_64 syscall,
 * i386 int $0x80); the IP at the stop is ptc_syscall_insn, after the
 * syscall ptc_syscall_after. Returns getpid's result. */
long ptc_syscall_site(void);
extern const char ptc_syscall_insn[], ptc_syscall_after[];

#if defined(__x86_64__)
/* x86_64: a tracee that enabled a user shadow stack, stopped at a trap
 * site (SIGTRAP signal-delivery-stop). Skips the case when the CPU or the
 * kernel gives it none. */
pid_t ptc_start_shstk_tracee(void);

/* x86_64, a tracee body: traps, then checks that its GS base (its own
 * arch_prctl(ARCH_GET_GS)) is *(unsigned long *)want. */
int ptc_trap_then_check_gs(void *want);
#endif

/* x86, in a tracee: set_thread_area(2) with entry_number -1, i.e. the
 * kernel picks a free TLS entry, with this base; returns the entry's index
 * (fails the case if the kernel refuses). */
int ptc_tls_alloc(unsigned int base);
/* x86, in a tracee: the base of TLS entry idx, by get_thread_area(2). */
unsigned int ptc_tls_base(int idx);

/* x86: puts v in xmm0's low word, traps, returns xmm0's low word. */
long ptc_trap_xmm0(long v);

/* x86: traps, then returns the x87 control word the caller has. */
long ptc_trap_fpucw(void);
#endif

#endif
