// SPDX-License-Identifier: GPL-2.0
/* Introspection requests (see introspect.h). */
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "../harness/ptc.h"
#include "introspect.h"

void ptc_filter_program(struct sock_filter *prog, unsigned ninsns)
{
	for (unsigned i = 0; i + 1 < ninsns; i++)
		prog[i] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						       offsetof(struct seccomp_data, nr));
	prog[ninsns - 1] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
}

int ptc_install_filter(unsigned ninsns, unsigned long flags)
{
	struct sock_filter prog[64];
	struct sock_fprog fprog = { .len = (unsigned short)ninsns, .filter = prog };

	if (ninsns == 0 || ninsns > 64) {
		errno = EINVAL;
		return -1;
	}
	ptc_filter_program(prog, ninsns);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &fprog);
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
		ASSERT_OK(ptc_install_filter(f->lens[i], f->flags ? f->flags[i] : 0));
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

void ptc_require_seccomp_introspection(long r, const char *what)
{
	if (r == -1 && (errno == EIO || errno == EINVAL))
		ptc_unsupported(what);
}

void ptc_require_sud(pid_t pid)
{
	struct ptc_sud_config cfg;
	long r = PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(cfg), &cfg);

	if (r == -1 && errno == EIO)
		ptc_unsupported("PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG");
	if (r == -1 && errno == EINVAL)
		ptc_unsupported("syscall user dispatch on this arch or kernel configuration");
}
