/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Syscall-stops in arch-neutral terms: the syscall number, arguments and
 * result of a stopped tracee (built on regs.h: the ABI's registers through
 * NT_PRSTATUS, and on arm64 NT_ARM_SYSTEM_CALL for the number), running a
 * tracee to the stops of a given syscall, PTRACE_SYSEMU and the
 * syscall-info requests. Every accessor goes through PTRACE() (logged) and
 * fails the case on error: the tracee must be in a ptrace-stop.
 */
#ifndef PTC_SYSCALLS_H
#define PTC_SYSCALLS_H

#include <stdint.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/user.h>

#include "helpers.h"
#include "regs.h"

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

/* A tracee body: one getppid() system call, then exit 0. */
int ptc_getppid_tracee(void *unused);

/* One register of a stopped tracee: read, or read-modify-write. */
long ptc_syscall_nr(pid_t pid);
void ptc_set_syscall_nr(pid_t pid, long nr);
unsigned long ptc_syscall_arg(pid_t pid, int i);
void ptc_set_syscall_arg(pid_t pid, int i, unsigned long v);
long ptc_syscall_ret(pid_t pid);
void ptc_set_syscall_ret(pid_t pid, long v);
unsigned long ptc_tracee_ip(pid_t pid);

/* Resume with PTRACE_SYSCALL; the next stop must be a syscall-stop (from
 * an entry, its exit). */
struct ptc_stop ptc_syscall_resume(pid_t pid);

/*
 * Resume the tracee with PTRACE_SYSCALL until its syscall-entry-stop for
 * syscall nr, passing over the entry and exit stops of every other
 * syscall it makes first. Call it with the tracee in a stop after which the
 * next syscall-stop is an entry: a signal-delivery-stop, an event stop, or
 * a syscall-exit-stop. Fails the case if anything but syscall-stops comes.
 * Returns the entry-stop as waited for.
 */
struct ptc_stop ptc_syscall_to_entry(pid_t pid, long nr);
/* The same, up to the call of nr whose first argument is arg0 (a
 * descriptor, say). */
struct ptc_stop ptc_syscall_to_entry_on(pid_t pid, long nr, long arg0);
/* The same, then on to that syscall's syscall-exit-stop. */
struct ptc_stop ptc_syscall_to_exit(pid_t pid, long nr);

/* From a stop that is not a syscall-stop: run to the syscall-enter-stop
 * of nr, resume with PTRACE_SYSCALL, wait until the tracee is blocked in
 * it, interrupt it with SIGUSR1 and return the syscall-exit-stop that
 * follows. */
struct ptc_stop ptc_interrupt_syscall(pid_t pid, long nr);
/* From the tracee's first stop: resume it, wait until it is blocked in
 * syscall nr, interrupt it with SIGUSR1 and check the SIGUSR1
 * signal-delivery-stop. */
void ptc_stop_in_syscall(pid_t pid, long nr);

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

/* Syscall user dispatch (prctl PR_SET_SYSCALL_USER_DISPATCH), uapi values. */
#ifndef PR_SYS_DISPATCH_OFF
#define PR_SYS_DISPATCH_OFF 0
#endif
#ifndef PR_SYS_DISPATCH_EXCLUSIVE_ON
#define PR_SYS_DISPATCH_EXCLUSIVE_ON 1
#endif
#ifndef PR_SYS_DISPATCH_INCLUSIVE_ON
#define PR_SYS_DISPATCH_INCLUSIVE_ON 2
#endif
#ifndef SYSCALL_DISPATCH_FILTER_ALLOW
#define SYSCALL_DISPATCH_FILTER_ALLOW 0
#endif
#ifndef SYS_USER_DISPATCH
#define SYS_USER_DISPATCH 2
#endif

/* GET_SYSCALL_USER_DISPATCH_CONFIG on the stopped pid: EIO (before 6.4) or
 * EINVAL with the right size (an arch without syscall user dispatch) ends
 * the case as unsupported. */
void ptc_require_sud(pid_t pid);

/* Bytes waiting in a pipe (FIONREAD): whether a write() really ran. */
int ptc_pipe_pending(int fd);

/* A tracee body: getppid(), then write(*(int *)fd, "x", 1); a tracer stops at
 * the first and proves by the pipe whether the second ran. */
int ptc_getppid_then_write(void *fd);

/* The kernel-internal restart codes a tracer sees as a syscall's result
 * at its exit stop (include/linux/errno.h). */
#define PTC_ERESTARTSYS 512
#define PTC_ERESTARTNOINTR 513
#define PTC_ERESTARTNOHAND 514
#define PTC_ERESTART_RESTARTBLOCK 516

/* libc's pause() as the one system call it makes: pause where the ABI has
 * it, else ppoll with no descriptors and no timeout (glibc on arm64). */
#ifdef SYS_pause
#define PTC_PAUSE_NR SYS_pause
#else
#define PTC_PAUSE_NR SYS_ppoll
#endif

#endif
