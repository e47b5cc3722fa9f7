/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The syscall registers of a stopped tracee in arch-neutral terms: the
 * syscall number, its six arguments, its return value, the instruction and
 * stack pointers. Cases about syscall-stops use these so that they stay
 * arch-neutral where the behaviour is; what differs per arch stays here.
 *
 *   x86_64, i386: PTRACE_GETREGS/SETREGS (struct user_regs_struct);
 *                 the number is orig_rax/orig_eax, the result rax/eax.
 *   arm64:        PTRACE_GETREGSET/SETREGSET NT_PRSTATUS for x0-x30, sp, pc,
 *                 and NT_ARM_SYSTEM_CALL for the number; x0 is both the
 *                 first argument and the result.
 *
 * Every accessor that talks to the kernel goes through PTRACE() (logged)
 * and fails the case on error: the tracee must be in a ptrace-stop.
 */
#ifndef PTC_SYSCALL_REGS_H
#define PTC_SYSCALL_REGS_H

#include <stdint.h>
#include <sys/types.h>
#include <sys/user.h>

#include "helpers.h"

/* The audit arch GET_SYSCALL_INFO and seccomp report for a native syscall
 * of this build's tracee ABI. */
#define PTC_AUDIT_ARCH_X86_64 0xc000003eU
#define PTC_AUDIT_ARCH_I386 0x40000003U
#define PTC_AUDIT_ARCH_AARCH64 0xc00000b7U
#if defined(__x86_64__)
#define PTC_AUDIT_ARCH PTC_AUDIT_ARCH_X86_64
#elif defined(__i386__)
#define PTC_AUDIT_ARCH PTC_AUDIT_ARCH_I386
#elif defined(__aarch64__)
#define PTC_AUDIT_ARCH PTC_AUDIT_ARCH_AARCH64
#else
#define PTC_AUDIT_ARCH 0U
#endif

struct ptc_sysregs {
#if defined(__aarch64__)
	struct user_regs_struct regs;	/* x0-x30, sp, pc, pstate */
	int nr;				/* NT_ARM_SYSTEM_CALL */
#else
	struct user_regs_struct regs;
#endif
};

/* Read or write the registers of a stopped tracee (fatal on failure). */
void ptc_sysregs_get(pid_t pid, struct ptc_sysregs *r);
void ptc_sysregs_set(pid_t pid, const struct ptc_sysregs *r);

long ptc_sysregs_nr(const struct ptc_sysregs *r);
void ptc_sysregs_set_nr(struct ptc_sysregs *r, long nr);
unsigned long ptc_sysregs_arg(const struct ptc_sysregs *r, int i);	/* i = 0..5 */
void ptc_sysregs_set_arg(struct ptc_sysregs *r, int i, unsigned long v);
long ptc_sysregs_ret(const struct ptc_sysregs *r);
void ptc_sysregs_set_ret(struct ptc_sysregs *r, long v);
unsigned long ptc_sysregs_ip(const struct ptc_sysregs *r);
unsigned long ptc_sysregs_sp(const struct ptc_sysregs *r);

/* One register of a stopped tracee: read, or read-modify-write. */
long ptc_syscall_nr(pid_t pid);
void ptc_set_syscall_nr(pid_t pid, long nr);
unsigned long ptc_syscall_arg(pid_t pid, int i);
void ptc_set_syscall_arg(pid_t pid, int i, unsigned long v);
long ptc_syscall_ret(pid_t pid);
void ptc_set_syscall_ret(pid_t pid, long v);
unsigned long ptc_tracee_ip(pid_t pid);

/*
 * Resume the tracee with PTRACE_SYSCALL until its syscall-entry-stop for
 * syscall nr, passing over the entry and exit stops of every other
 * syscall it makes first. Call it with the tracee in a stop after which the
 * next syscall-stop is an entry: a signal-delivery-stop, an event stop, or
 * a syscall-exit-stop. Fails the case if anything but syscall-stops comes.
 * Returns the entry-stop as waited for.
 */
struct ptc_stop ptc_syscall_to_entry(pid_t pid, long nr);
/* The same, then on to that syscall's syscall-exit-stop. */
struct ptc_stop ptc_syscall_to_exit(pid_t pid, long nr);

/* Resume with PTRACE_SYSEMU and wait for the syscall-enter-stop it gives.
 * An EIO, which x86 kernels never give a stopped tracee (other arches and
 * tracers inside UML lack the request), ends the case as unsupported. */
struct ptc_stop ptc_sysemu_to_entry(pid_t pid);

/* PTRACE_GET_SYSCALL_INFO into *info (zeroed first, size = sizeof). Returns
 * the kernel's return value (the size it has for this stop) or -1 with
 * errno, unchecked; but an EIO, which a kernel with the request never gives
 * on a stopped tracee, ends the case as unsupported (new in 5.3). */
long ptc_get_syscall_info(pid_t pid, struct ptc_syscall_info *info);

/* PTRACE_SET_SYSCALL_INFO with this size, returned unchecked; but an EIO,
 * which a kernel with the request never gives on a stopped tracee, ends
 * the case as unsupported (the request is new in 6.16). */
long ptc_set_syscall_info(pid_t pid, unsigned long size, const void *info);

/* Bytes waiting in a pipe (FIONREAD): whether a write() really ran. */
int ptc_pipe_pending(int fd);

#endif
