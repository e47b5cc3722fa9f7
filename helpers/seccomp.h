/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Seccomp for the seccomp and introspection cases: classic-BPF filters
 * built and installed without libseccomp, PTRACE_O_SUSPEND_SECCOMP, and
 * tracees whose filters a tracer reads back. The installers run in the
 * process that is to be filtered, set PR_SET_NO_NEW_PRIVS first, and return
 * 0, or -1 with errno.
 */
#ifndef PTC_SECCOMP_H
#define PTC_SECCOMP_H

#include <linux/filter.h>
#include <stdint.h>
#include <sys/types.h>

/* Filter return values (uapi linux/seccomp.h). */
#define PTC_SECCOMP_RET_KILL_PROCESS 0x80000000U
#define PTC_SECCOMP_RET_ERRNO 0x00050000U
#define PTC_SECCOMP_RET_TRACE 0x7ff00000U
#define PTC_SECCOMP_RET_ALLOW 0x7fff0000U

#ifndef SECCOMP_FILTER_FLAG_LOG
#define SECCOMP_FILTER_FLAG_LOG (1UL << 1)
#endif

/* Install the program insns[len] as a filter of the calling process:
 * without flags through prctl(PR_SET_SECCOMP), which every kernel with
 * seccomp filters has; with SECCOMP_FILTER_FLAG_* flags through seccomp(2). */
int ptc_seccomp_install(const struct sock_filter *insns, unsigned len, unsigned long flags);

/* Install a filter returning actions[i] for syscall nrs[i] of this build's
 * ABI (at most PTC_SECCOMP_MAX_RULES) and allowing everything else. */
#define PTC_SECCOMP_MAX_RULES 16
int ptc_seccomp_filter(const long *nrs, const uint32_t *actions, int n);
/* Return action for syscall nr of this build's ABI, allow everything else. */
int ptc_seccomp_filter_one(long nr, uint32_t action);
/* A tracee body: install ptc_seccomp_filter_one(SYS_getppid, action) with
 * action = (uintptr_t)arg, make one getppid() system call, exit 0. */
int ptc_seccomp_getppid_tracee(void *action);
/* The allow-everything program of ninsns instructions (ninsns - 1 loads of
 * the syscall number, then RET ALLOW) into prog[ninsns]: its length makes a
 * filter recognisable when a tracer reads it back. */
void ptc_seccomp_allow_program(struct sock_filter *prog, unsigned ninsns);
/* Install that program (1 to 64 instructions) with flags: the caller is
 * then "under seccomp" (mode 2) without any syscall being affected. */
int ptc_seccomp_allow_all(unsigned ninsns, unsigned long flags);
/* Enter seccomp strict mode (read, write, _exit and sigreturn only). */
int ptc_seccomp_strict(void);

/* PTRACE_SETOPTIONS or PTRACE_SEIZE (request) of pid with options |
 * PTRACE_O_SUSPEND_SECCOMP, returned unchecked; but an EINVAL, the answer
 * of kernels built without CONFIG_CHECKPOINT_RESTORE or CONFIG_SECCOMP,
 * ends the case as unsupported. Runs in the tracer. */
long ptc_suspend_seccomp(long request, pid_t pid, unsigned long options);

/* A TRACEME tracee that installs one allow-everything filter per entry of
 * lens (in order, flags[i] or 0 when flags is NULL) and then stops. Returns
 * it in that SIGSTOP signal-delivery-stop. */
pid_t ptc_start_filtered(const unsigned *lens, const unsigned long *flags, unsigned n);

/* End the case as unsupported unless seccomp filters can be installed
 * (probed in a child, by behaviour). */
void ptc_require_seccomp_filter(void);
/* A seccomp introspection result r: EIO (before 4.4/4.16) or EINVAL with
 * a filter installed (no CONFIG_CHECKPOINT_RESTORE) is a refusal of f,
 * judged against the kernel's version and config (support.h). */
void ptc_require_seccomp_introspection(long r, enum ptc_feature f);

#endif
