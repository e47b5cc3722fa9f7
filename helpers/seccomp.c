// SPDX-License-Identifier: GPL-2.0
/* Seccomp filters and the ptrace requests about them (see seccomp.h). */
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "seccomp.h"
#include "syscalls.h"

#ifndef PR_SET_NO_NEW_PRIVS
#define PR_SET_NO_NEW_PRIVS 38
#endif

#define MAX_ALLOW_INSNS 64

int ptc_seccomp_install(const struct sock_filter *insns, unsigned len, unsigned long flags)
{
	struct sock_fprog prog = { .len = (unsigned short)len, .filter = (struct sock_filter *)insns };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
		return -1;
	if (!flags)
		return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

int ptc_seccomp_filter(const long *nrs, const uint32_t *actions, int n)
{
	struct sock_filter insns[4 + 2 * PTC_SECCOMP_MAX_RULES + 1];
	unsigned k = 0;

	if (n < 0 || n > PTC_SECCOMP_MAX_RULES) {
		errno = EINVAL;
		return -1;
	}
	/* Another ABI's syscall numbers mean other syscalls: allow. */
	insns[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						  offsetof(struct seccomp_data, arch));
	insns[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PTC_AUDIT_ARCH, 1, 0);
	insns[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, PTC_SECCOMP_RET_ALLOW);
	insns[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						  offsetof(struct seccomp_data, nr));
	for (int i = 0; i < n; i++) {
		insns[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
							  (uint32_t)nrs[i], 0, 1);
		insns[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, actions[i]);
	}
	insns[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, PTC_SECCOMP_RET_ALLOW);
	return ptc_seccomp_install(insns, k, 0);
}

int ptc_seccomp_filter_one(long nr, uint32_t action)
{
	return ptc_seccomp_filter(&nr, &action, 1);
}

int ptc_seccomp_getppid_tracee(void *action)
{
	ASSERT_OK(ptc_seccomp_filter_one(SYS_getppid, (uint32_t)(uintptr_t)action));
	syscall(SYS_getppid);
	return 0;
}

void ptc_seccomp_allow_program(struct sock_filter *prog, unsigned ninsns)
{
	for (unsigned i = 0; i + 1 < ninsns; i++)
		prog[i] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						       offsetof(struct seccomp_data, nr));
	prog[ninsns - 1] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, PTC_SECCOMP_RET_ALLOW);
}

int ptc_seccomp_allow_all(unsigned ninsns, unsigned long flags)
{
	struct sock_filter prog[MAX_ALLOW_INSNS];

	if (ninsns == 0 || ninsns > MAX_ALLOW_INSNS) {
		errno = EINVAL;
		return -1;
	}
	ptc_seccomp_allow_program(prog, ninsns);
	return ptc_seccomp_install(prog, ninsns, flags);
}

int ptc_seccomp_strict(void)
{
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0);
}

long ptc_suspend_seccomp(long request, pid_t pid, unsigned long options)
{
	long r = PTRACE(request, pid, 0, options | PTRACE_O_SUSPEND_SECCOMP);

	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_SUSPEND_SECCOMP);
	return r;
}

struct filters {
	const unsigned *lens;
	const unsigned long *flags;
	unsigned n;
};

static int install_and_stop(void *arg)
{
	const struct filters *f = arg;

	for (unsigned i = 0; i < f->n; i++)
		ASSERT_OK(ptc_seccomp_allow_all(f->lens[i], f->flags ? f->flags[i] : 0));
	raise(SIGSTOP);
	return ptc_idle(NULL);
}

pid_t ptc_start_filtered(const unsigned *lens, const unsigned long *flags, unsigned n)
{
	struct filters f = { lens, flags, n };
	pid_t pid = ptc_start(PTC_TRACEME, 0, install_and_stop, &f);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	return pid;
}

void ptc_require_seccomp_introspection(long r, enum ptc_feature f)
{
	if (r == -1 && (errno == EIO || errno == EINVAL))
		PTC_REFUSED(f, errno);
}

/* 0, or the errno installing a filter fails with. */
static int try_filter(void *unused)
{
	return ptc_seccomp_allow_all(1, 0) == 0 ? 0 : errno;
}

void ptc_require_seccomp_filter(void)
{
	int err = ptc_probe(try_filter, NULL);

	ASSERT_NE(err, PTC_PROBE_DIED);
	if (err == EINVAL)
		PTC_REFUSED(PTC_FEAT_SECCOMP_FILTER, err);
	ASSERT_EQ(err, 0);
}
