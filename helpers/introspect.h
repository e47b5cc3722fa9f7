/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Introspection requests: seccomp filters to look at (classic BPF programs
 * of a chosen length, so that each filter is recognisable), and the probes
 * that tell an absent request or feature from a failure.
 */
#ifndef PTC_INTROSPECT_H
#define PTC_INTROSPECT_H

#include <linux/filter.h>
#include <stdint.h>
#include <sys/types.h>

#ifndef SECCOMP_FILTER_FLAG_LOG
#define SECCOMP_FILTER_FLAG_LOG (1UL << 1)
#endif
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

/* The allow-everything program of ninsns instructions (ninsns - 1 loads of
 * the syscall number, then RET ALLOW) into prog[ninsns]. */
void ptc_filter_program(struct sock_filter *prog, unsigned ninsns);

/* Install that program as a seccomp filter of the calling process, with
 * SECCOMP_FILTER_FLAG_* flags; sets no_new_privs first. Returns 0 or -1. */
int ptc_install_filter(unsigned ninsns, unsigned long flags);

/* A TRACEME tracee that installs one filter per entry of lens (in order,
 * flags[i] or 0 when flags is NULL) and then stops. Returns it in that
 * SIGSTOP signal-delivery-stop. */
pid_t ptc_start_filtered(const unsigned *lens, const unsigned long *flags, unsigned n);

/* A seccomp introspection result r: EIO (before 4.4/4.16) or EINVAL with
 * a filter installed (no CONFIG_CHECKPOINT_RESTORE) ends the case as
 * unsupported. */
void ptc_require_seccomp_introspection(long r, const char *what);

/* GET_SYSCALL_USER_DISPATCH_CONFIG on the stopped pid: EIO (before 6.4) or
 * EINVAL with the right size (an arch without syscall user dispatch) ends
 * the case as unsupported. */
void ptc_require_sud(pid_t pid);

#endif
