/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Classic-BPF seccomp filters that seccomp cases install in their tracees
 * (no libseccomp). Each sets PR_SET_NO_NEW_PRIVS first and installs with
 * prctl(PR_SET_SECCOMP), which every kernel with seccomp filters has.
 * They run in the process that is to be filtered and return 0, or -1
 * with errno.
 */
#ifndef PTC_SECCOMP_FILTER_H
#define PTC_SECCOMP_FILTER_H

#include <stdint.h>
#include <sys/types.h>

/* Filter return values (uapi linux/seccomp.h). */
#define PTC_SECCOMP_RET_KILL_THREAD 0x00000000U
#define PTC_SECCOMP_RET_ERRNO 0x00050000U
#define PTC_SECCOMP_RET_TRACE 0x7ff00000U
#define PTC_SECCOMP_RET_ALLOW 0x7fff0000U
#define PTC_SECCOMP_RET_DATA 0x0000ffffU

/* Return action for syscall nr of this build's ABI, allow everything else. */
int ptc_seccomp_filter_one(long nr, uint32_t action);
/* A filter that allows every syscall: the caller is then "under seccomp"
 * (mode 2) without any syscall being affected. */
int ptc_seccomp_allow_all(void);
/* Enter seccomp strict mode (read, write, _exit and sigreturn only). */
int ptc_seccomp_strict(void);


/* PTRACE_SETOPTIONS or PTRACE_SEIZE (request) of pid with options |
 * PTRACE_O_SUSPEND_SECCOMP, returned unchecked; but an EINVAL, the answer
 * of kernels built without CONFIG_CHECKPOINT_RESTORE or CONFIG_SECCOMP,
 * ends the case as unsupported. Runs in the tracer. */
long ptc_suspend_seccomp(long request, pid_t pid, unsigned long options);

#endif
