// SPDX-License-Identifier: GPL-2.0
/* Pending signals and signal masks of a tracee (see sigqueue.h). */
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "../harness/ptc.h"
#include "sigqueue.h"
#include "stopstate.h"

static int block_and_stop(void *arg)
{
	const sigset_t *block = arg;

	sigprocmask(SIG_BLOCK, block, NULL);
	raise(SIGSTOP);
	return ptc_idle(NULL);
}

pid_t ptc_start_blocking(int sig, ...)
{
	sigset_t block;
	va_list ap;
	pid_t pid;

	sigemptyset(&block);
	va_start(ap, sig);
	for (; sig; sig = va_arg(ap, int))
		sigaddset(&block, sig);
	va_end(ap);
	pid = ptc_start(PTC_TRACEME, 0, block_and_stop, &block);

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	return pid;
}

void ptc_sigsuspend_for(int keep, int wake)
{
	sigset_t block, wait_mask;

	ptc_count_signal(wake, SA_RESTART);
	sigemptyset(&block);
	sigaddset(&block, keep);
	sigaddset(&block, wake);
	sigprocmask(SIG_BLOCK, &block, NULL);
	sigemptyset(&wait_mask);
	sigaddset(&wait_mask, keep);
	sigsuspend(&wait_mask);
}

int ptc_sigqueue(pid_t pid, int sig, int value)
{
	int r = sigqueue(pid, sig, (union sigval){ .sival_int = value });

	ptc_trace("sigqueue(%d, %s, %d) = %d", pid, ptc_signal_name(sig), value, r);
	return r;
}

int ptc_tgsigqueue(pid_t tgid, pid_t tid, int sig, int value)
{
	siginfo_t si;
	int r;

	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	si.si_uid = getuid();
	si.si_value.sival_int = value;
	r = (int)syscall(SYS_rt_tgsigqueueinfo, tgid, tid, sig, &si);
	ptc_trace("rt_tgsigqueueinfo(%d, %d, %s, %d) = %d", tgid, tid, ptc_signal_name(sig),
		  value, r);
	return r;
}

long ptc_peeksiginfo(pid_t pid, uint64_t off, uint32_t flags, int32_t nr, siginfo_t *buf)
{
	struct ptc_peeksiginfo_args a = { .off = off, .flags = flags, .nr = nr };

	return PTRACE(PTRACE_PEEKSIGINFO, pid, &a, buf);
}

siginfo_t *ptc_buffer_before_hole(unsigned room)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t need = room * sizeof(siginfo_t);
	size_t len = (need + page - 1) / page * page + page;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		PTC_FAIL(true, "mmap: %s", ptc_errno_name(errno));
	if (mprotect(p + len - page, page, PROT_NONE) == -1)
		PTC_FAIL(true, "mprotect: %s", ptc_errno_name(errno));
	return (siginfo_t *)(p + len - page - need);
}
