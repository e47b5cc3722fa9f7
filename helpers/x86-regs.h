/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64 register helpers for the cases that tamper with syscalls, step,
 * set breakpoints and watchpoints: reading and writing the tracee's general
 * registers, the USER area and the debug registers, the kernel-internal
 * restart codes a tracer sees in rax, and a few instructions at known
 * addresses (the tracee is a fork of the tracer, so addresses are shared).
 * Every ptrace call goes through PTRACE() and is logged.
 *
 * The cases using this say .needs = "arch:x86_64" and are skipped
 * elsewhere, but they still build on every ABI: struct par_regs has the
 * x86_64 uapi layout of struct user_regs_struct whatever the build, and
 * the functions fail the case if they are ever reached on another arch.
 */
#ifndef PAR_X86_REGS_H
#define PAR_X86_REGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "regs.h"
#include "syscalls.h"

/* Kernel-internal restart codes (include/linux/errno.h): never meant for
 * user space, but a tracer sees them as -code in rax at the syscall-exit-stop
 * of an interrupted syscall. */
#define PAR_ERESTARTSYS PTC_ERESTARTSYS
#define PAR_ERESTARTNOINTR PTC_ERESTARTNOINTR
#define PAR_ERESTARTNOHAND PTC_ERESTARTNOHAND
#define PAR_ERESTART_RESTARTBLOCK PTC_ERESTART_RESTARTBLOCK

#define PAR_X86_TF 0x100ULL	/* EFLAGS trap flag */
#define PAR_DR6_B0 0x1UL	/* DR6: breakpoint 0 hit */

/* x86_64 syscall numbers the cases use (asm/unistd_64.h), so that they
 * build on every ABI. */
#define PAR_NR_read 0
#define PAR_NR_write 1
#define PAR_NR_munmap 11
#define PAR_NR_dup2 33
#define PAR_NR_pause 34
#define PAR_NR_nanosleep 35
#define PAR_NR_getpid 39
#define PAR_NR_fork 57
#define PAR_NR_getppid 110
#define PAR_NR_arch_prctl 158
#define PAR_NR_gettid 186
#define PAR_NR_restart_syscall 219
/* i386 numbers, for int $0x80. */
#define PAR_NR32_read 3
#define PAR_NR32_getpid 20
#define PAR_NR32_write 4

/* x86's mmap flag for memory below 4 GiB, named on every ABI. */
#ifndef MAP_32BIT
#define MAP_32BIT 0x40
#endif

/* struct user_regs_struct of x86_64 (the GETREGS/SETREGS layout). */
struct par_regs {
	uint64_t r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	uint64_t rax, rcx, rdx, rsi, rdi, orig_rax, rip, cs, eflags, rsp, ss;
	uint64_t fs_base, gs_base, ds, es, fs, gs;
};

/* Offsets in the x86_64 USER area (PEEKUSER/POKEUSER). The debug
 * registers' offset is the build's own ABI's on x86 (the i386 user area is
 * another layout), so that cases about them can say "arch:x86". */
#define PAR_REG_OFF(reg) offsetof(struct par_regs, reg)
#if defined(__x86_64__) || defined(__i386__)
#include <sys/user.h>
#define PAR_USER_DEBUGREG offsetof(struct user, u_debugreg)
#else
#define PAR_USER_DEBUGREG 848
#endif
#define PAR_DR_OFF(i) (PAR_USER_DEBUGREG + (size_t)(i) * sizeof(long))

/* DR7 bits enabling local breakpoint i. rw: 0 execute, 1 write, 3 read or
 * write; len in bytes: 1, 2, 4 or 8 (execute breakpoints must use 1). */
unsigned long par_dr7_local(int i, int rw, int len);

/* GETREGS/SETREGS, PEEKUSER/POKEUSER, PEEKDATA/POKEDATA that must succeed
 * (a failure ends the case, with the request in the trace). */
void par_getregs(pid_t pid, struct par_regs *regs);
void par_setregs(pid_t pid, const struct par_regs *regs);
unsigned long par_peekuser(pid_t pid, size_t offset);
void par_pokeuser(pid_t pid, size_t offset, unsigned long value);
unsigned long par_peekdata(pid_t pid, const void *addr);
void par_pokedata(pid_t pid, const void *addr, unsigned long value);

/* From a stop that is not a syscall-stop (PTRACE_O_TRACESYSGOOD set),
 * resume with PTRACE_SYSCALL until the syscall-enter-stop of syscall nr;
 * the syscall-stops in between alternate enter and exit. regs gets the
 * registers there. Any other stop fails the case. */
void par_to_syscall_entry(pid_t pid, long nr, struct par_regs *regs);
/* From a syscall-enter-stop, resume with PTRACE_SYSCALL to its
 * syscall-exit-stop; regs gets the registers there. */
void par_to_syscall_exit(pid_t pid, struct par_regs *regs);

/* From a stop that is not a syscall-stop: run to the syscall-enter-stop
 * of nr, resume with PTRACE_SYSCALL, wait until the tracee is blocked in
 * it, interrupt it with SIGUSR1 and check the syscall-exit-stop that
 * follows; regs gets the registers there. */
void par_interrupt_syscall(pid_t pid, long nr, struct par_regs *regs);
/* From the tracee's first stop: resume it, wait until it is blocked in
 * syscall nr, interrupt it with SIGUSR1 and check the SIGUSR1
 * signal-delivery-stop; regs gets the registers there. */
void par_stop_in_syscall(pid_t pid, long nr, struct par_regs *regs);
/* After a PTRACE_EVENT_FORK stop of pid and the syscall-stop or step that
 * followed: let the auto-attached child (pid child) and pid run to their
 * exits (0), pid through the SIGCHLD the child's exit sends it. */
void par_finish_fork(pid_t pid, pid_t child);
/* At a syscall-exit-stop with registers regs: set rax to the syscall
 * number and rip back over the 2-byte syscall instruction, resume with
 * PTRACE_SYSCALL and check a syscall-stop (the new entry) follows. */
void par_rewind_syscall(pid_t pid, struct par_regs *regs);
/* A debugger-style call at a signal-delivery-stop whose registers are
 * saved: run par_inferior_function (which sets par_inferior_called to 42
 * and hits an int3) on a stack below the red zone, with orig_rax as
 * given; check its SIGTRAP stop and that it ran. The saved registers are
 * not restored: that is the caller's move. */
extern volatile long par_inferior_called;
void par_inferior_call(pid_t pid, const struct par_regs *saved, uint64_t orig_rax);

/* Tracee bodies. par_read_usr1: count SIGUSR1 (handler flags sa_flags)
 * and read one byte from fd with a raw read (64-bit syscall, or int $0x80
 * into a buffer below 4 GiB); returns the raw result. par_raw_fork: a raw
 * fork whose child exits 0; checks the parent's result, returns 0.
 * par_write_watched: writes par_watched once, returns 0. */
long par_read_usr1(int fd, int sa_flags);
long par_read_usr1_int80(int fd, int sa_flags);
int par_raw_fork(void *unused);
extern volatile long par_watched;
int par_write_watched(void *unused);

/* Instructions at known addresses, run by tracees or used as targets for
 * a tracer moving the instruction pointer:
 *   par_insn_syscall:  syscall ; int3
 *   par_insn_int80:    int $0x80 ; int3
 *   par_insn_int3:     int3 ; ret   (par_breakpoint() calls it)
 *   par_answer:        mov $42, %eax ; ret   (par_answer_function(): a breakpoint
 *                      target whose first instruction matters) */
extern const unsigned char par_insn_syscall[], par_insn_int80[], par_insn_int3[], par_answer[];
void par_breakpoint(void);
int par_answer_function(void);

/* The trap-flag program: sets EFLAGS.TF itself (pushf/or/popf), runs two
 * nops, clears TF again (pushf/and/popf) and returns. Single-step traps
 * leave it at the par_tf_after_* addresses, in this order. */
void par_tf_program(void);
extern const unsigned char par_tf_after_nop1[], par_tf_after_nop2[], par_tf_after_pushf[],
	par_tf_after_and[], par_tf_after_popf[];

/* Return (ret instruction) to addr. */
void par_return_to(void *addr) __attribute__((noreturn));
/* mov %ss to *mem, mov *mem back to %ss, then int3 (CVE-2018-8897). */
void par_movss_int3(uint16_t *mem);
/* %gs-relative 32-bit store: *(gs_base + 0) = v. */
void par_store_gs0(uint32_t v);
/* Load v into both 64-bit halves of xmm0 (v repeated), then loop: a raw
 * sched_yield, compare xmm0 with what was loaded (counting mismatches);
 * once *go is nonzero, 'after' more rounds. Nothing else touches xmm0.
 * Returns the number of mismatches. */
int par_xmm0_hold(uint32_t v, volatile int *go, int after);

/* A memfd holding a minimal i386 ELF executable: one page loaded at
 * PAR_I386_BASE whose entry point is "jmp ." (an endless loop). For
 * cases that need a real 32-bit (compat) tracee; fails the case if the
 * memfd cannot be made. */
#define PAR_I386_BASE 0x08048000UL
int par_i386_loop_elf(void);

/* A raw 64-bit syscall with no libc wrapper around it (no errno; returns
 * the kernel's value, -errno on error). */
long par_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

#endif
