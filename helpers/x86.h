/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86 instruction sites and raw instructions for the syscall-tampering,
 * stepping and debug register cases: debug register bits and a watched
 * word (both x86 ABIs), and on x86_64 instructions at known addresses, a
 * trap-flag program, raw system calls, a debugger-style inferior call and
 * a minimal i386 executable. The tracee is a fork of the tracer, so the
 * addresses agree. Registers are regs.h's ptc_regs_t.
 *
 * Declared only where they exist: a case using them says so in .needs
 * (arch:x86 or arch:x86_64) and puts its x86 code under #if PTC_X86 or
 * #if PTC_X86_64 (regs.h), so that it still builds for every ABI.
 */
#ifndef PTC_X86_H
#define PTC_X86_H

#include <stdint.h>
#include <sys/syscall.h>	/* SYS_* for ptc_raw_syscall6 */
#include <sys/types.h>

#include "regs.h"

#if PTC_X86
#define PTC_DR6_B0 0x1UL	/* DR6: breakpoint 0 hit */

/* DR7 bits enabling local breakpoint i. rw: 0 execute, 1 write, 3 read or
 * write; len in bytes: 1, 2, 4 or 8 (execute breakpoints must use 1). */
unsigned long ptc_dr7_local(int i, int rw, int len);

/* A tracee body that writes ptc_watched once and returns 0 (no core file
 * if a watchpoint's SIGTRAP kills it). */
extern volatile long ptc_watched;
int ptc_write_watched(void *unused);
#endif

#if PTC_X86_64
/* i386 system call numbers, for int $0x80 from 64-bit code. */
#define PTC_NR32_read 3
#define PTC_NR32_write 4

/* A raw 64-bit syscall with no libc wrapper around it (no errno; returns
 * the kernel's value, -errno on error). */
long ptc_raw_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* Tracee bodies. ptc_read_usr1: count SIGUSR1 (handler flags sa_flags)
 * and read one byte from fd with a raw read (64-bit syscall, or int $0x80
 * into a buffer below 4 GiB); returns the raw result. ptc_raw_fork: a raw
 * fork whose child exits 0; checks the parent's result, returns 0. */
long ptc_read_usr1(int fd, int sa_flags);
long ptc_read_usr1_int80(int fd, int sa_flags);
int ptc_raw_fork(void *unused);

/* At a syscall-exit-stop with registers regs: set rax to the syscall
 * number and rip back over the 2-byte syscall instruction, resume with
 * PTRACE_SYSCALL and check a syscall-stop (the new entry) follows. */
void ptc_rewind_syscall(pid_t pid, ptc_regs_t *regs);
/* A debugger-style call at a signal-delivery-stop whose registers are
 * saved: run a function (which sets ptc_inferior_called to 42 and hits an
 * int3) on a stack below the red zone, with orig_rax as given; check its
 * SIGTRAP stop and that it ran. The saved registers are not restored:
 * that is the caller's move. */
extern volatile long ptc_inferior_called;
void ptc_inferior_call(pid_t pid, const ptc_regs_t *saved, uint64_t orig_rax);

/* Instructions at known addresses, run by tracees or used as targets for
 * a tracer moving the instruction pointer:
 *   ptc_insn_syscall:  syscall ; int3
 *   ptc_insn_int80:    int $0x80 ; int3
 *   ptc_insn_int3:     int3 ; ret   (ptc_breakpoint() calls it)
 *   ptc_answer:        mov $42, %eax ; ret   (ptc_answer_function(): a
 *                      breakpoint target whose first instruction matters) */
extern const unsigned char ptc_insn_syscall[], ptc_insn_int80[], ptc_insn_int3[], ptc_answer[];
void ptc_breakpoint(void);
int ptc_answer_function(void);

/* The trap-flag program: sets EFLAGS.TF itself (pushf/or/popf), runs two
 * nops, clears TF again (pushf/and/popf) and returns. Single-step traps
 * leave it at the ptc_tf_after_* addresses, in this order. */
void ptc_tf_program(void);
extern const unsigned char ptc_tf_after_nop1[], ptc_tf_after_nop2[], ptc_tf_after_pushf[],
	ptc_tf_after_and[], ptc_tf_after_popf[];

/* Return (ret instruction) to addr. */
void ptc_return_to(void *addr) __attribute__((noreturn));
/* mov %ss to *mem, mov *mem back to %ss, then int3 (CVE-2018-8897). */
void ptc_movss_int3(uint16_t *mem);
/* %gs-relative 32-bit store: *(gs_base + 0) = v. */
void ptc_store_gs0(uint32_t v);
/* Load v into both 64-bit halves of xmm0 (v repeated), then loop: a raw
 * sched_yield, compare xmm0 with what was loaded (counting mismatches);
 * once *go is nonzero, 'after' more rounds. Nothing else touches xmm0.
 * Returns the number of mismatches. */
int ptc_xmm0_hold(uint32_t v, volatile int *go, int after);

/* A memfd holding a minimal i386 ELF executable: one page loaded at
 * PTC_I386_BASE whose entry point is "jmp ." (an endless loop). For
 * cases that need a real 32-bit (compat) tracee; fails the case if the
 * memfd cannot be made. */
#define PTC_I386_BASE 0x08048000UL
int ptc_i386_loop_elf(void);
#endif

#endif
