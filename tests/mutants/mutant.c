// SPDX-License-Identifier: GPL-2.0
/*
 * A preload library that makes libc's ptrace() and wait functions lie in one
 * chosen way (PTC_MUTANT=<name>), each modelling a plausible kernel
 * regression. The suite runs once per mutant: a mutant no case catches
 * shows a missing or weak case.
 *
 * Only the processes of a case lie: the process that loaded the library
 * first (the runner, or a case program's supervisor) stays honest, so the
 * verdicts are still judged truthfully. kill() of pid 0 or -1 by a case is
 * refused and logged to PTC_MUTANT_LOG: a lying kernel must never make a
 * case signal a process it did not create.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../helpers/uapi.h"

static const char *mutant;
static pid_t honest;	/* the process that exec'd with the library */
static long (*real_ptrace)(int, ...);
static pid_t (*real_waitpid)(pid_t, int *, int);
static int (*real_waitid)(idtype_t, id_t, siginfo_t *, int);
static pid_t (*real_wait4)(pid_t, int *, int, struct rusage *);
static int (*real_kill)(pid_t, int);

/* What the mutants that need state remember, per tracee. */
#define SLOTS 256
static struct {
	pid_t pid;
	int last_status;
	unsigned long options;
} seen[SLOTS];

__attribute__((constructor)) static void init(void)
{
	mutant = getenv("PTC_MUTANT");
	honest = getpid();
	real_ptrace = (long (*)(int, ...))dlsym(RTLD_NEXT, "ptrace");
	real_waitpid = (pid_t(*)(pid_t, int *, int))dlsym(RTLD_NEXT, "waitpid");
	real_waitid = (int (*)(idtype_t, id_t, siginfo_t *, int))dlsym(RTLD_NEXT, "waitid");
	real_wait4 = (pid_t(*)(pid_t, int *, int, struct rusage *))dlsym(RTLD_NEXT, "wait4");
	real_kill = (int (*)(pid_t, int))dlsym(RTLD_NEXT, "kill");
}

static bool lying(const char *name)
{
	return mutant && strcmp(mutant, name) == 0 && getpid() != honest;
}

static int *slot_status(pid_t pid)
{
	return &seen[(unsigned)pid % SLOTS].last_status;
}

static void remember(pid_t pid, int status)
{
	seen[(unsigned)pid % SLOTS].pid = pid;
	seen[(unsigned)pid % SLOTS].last_status = status;
}

static bool is_restart(int req)
{
	return req == PTRACE_CONT || req == PTRACE_SYSCALL || req == PTRACE_SINGLESTEP ||
	       req == PTRACE_SYSEMU || req == PTRACE_SYSEMU_SINGLESTEP || req == PTRACE_DETACH;
}

long ptrace(enum __ptrace_request request, ...)
{
	va_list ap;
	pid_t pid;
	void *addr, *data;
	long r;
	int req = (int)request;

	va_start(ap, request);
	pid = va_arg(ap, pid_t);
	addr = va_arg(ap, void *);
	data = va_arg(ap, void *);
	va_end(ap);

	if (lying("listen-acts-as-cont") && req == PTRACE_LISTEN)
		req = PTRACE_CONT;
	if (lying("cont-acts-as-syscall") && req == PTRACE_CONT)
		req = PTRACE_SYSCALL;
	if (lying("attach-without-sigstop") && req == PTRACE_ATTACH)
		req = PTRACE_SEIZE;
	if (lying("injected-signal-dropped") && is_restart(req))
		data = NULL;
	if (lying("exitkill-ignored") && (req == PTRACE_SETOPTIONS || req == PTRACE_SEIZE))
		data = (void *)((unsigned long)data & ~(unsigned long)PTRACE_O_EXITKILL);
	if (lying("setoptions-ors") && req == PTRACE_SETOPTIONS) {
		unsigned long *opts = &seen[(unsigned)pid % SLOTS].options;

		*opts |= (unsigned long)data;
		data = (void *)*opts;
	}
	if (lying("interrupt-ignored") && req == PTRACE_INTERRUPT)
		return 0;
	if (lying("ptrace-kill-ignored") && req == PTRACE_KILL)
		return 0;
	if (lying("poke-dropped") &&
	    (req == PTRACE_POKEDATA || req == PTRACE_POKETEXT || req == PTRACE_POKEUSER))
		return 0;
	if (lying("setsigmask-ignored") && req == PTRACE_SETSIGMASK)
		return 0;
	if (lying("syscall-info-refused") && req == PTRACE_GET_SYSCALL_INFO) {
		errno = EIO;	/* a kernel that lost the request */
		return -1;
	}

	r = real_ptrace(req, pid, addr, data);

	if (r == -1 && errno == ESRCH && lying("esrch-reported-as-eio"))
		errno = EIO;
	if (r == 0 && req == PTRACE_GETEVENTMSG && data) {
		unsigned long *msg = data;
		int st = *slot_status(pid);

		if (lying("eventmsg-off-by-one"))
			*msg += 1;
		if (lying("eventmsg-zero"))
			*msg = 0;
		if (lying("eventmsg-minus-one"))
			*msg = (unsigned long)-1;
		/* A pid outside the case: the run's isolation must keep it
		 * out of reach of whatever the case then does with it. */
		if (lying("eventmsg-is-runner"))
			*msg = (unsigned long)honest;
		if (lying("exec-former-tid-is-tgid") && (st >> 16) == PTRACE_EVENT_EXEC)
			*msg = (unsigned long)pid;
	}
	if (req == PTRACE_GETSIGINFO && data) {
		siginfo_t *si = data;

		if (r == -1 && errno == EINVAL && lying("group-stop-has-siginfo")) {
			memset(si, 0, sizeof(*si));
			si->si_signo = (*slot_status(pid) >> 8) & 0x7f;
			r = 0;
		} else if (r == 0 && lying("siginfo-code-wrong")) {
			si->si_code ^= 1;
		}
	}
	if (r != -1 && (req == PTRACE_PEEKDATA || req == PTRACE_PEEKTEXT) && lying("peek-flips-bit"))
		r ^= 1;
	if (r == 0 && req == PTRACE_GETREGS && data && lying("getregs-zeroed"))
		memset(data, 0, sizeof(struct user_regs_struct));
	if (r > 0 && req == PTRACE_GET_SYSCALL_INFO && data && (unsigned long)addr >= 1 &&
	    lying("syscall-info-op-none"))
		*(unsigned char *)data = PTRACE_SYSCALL_INFO_NONE;
	return r;
}

/* Bend a wait status the way the chosen mutant says. */
static int bend(pid_t pid, int status)
{
	if (WIFSTOPPED(status)) {
		if (lying("event-bits-lost"))
			status &= 0xffff;
		if (lying("sysgood-bit-lost") && WSTOPSIG(status) == (SIGTRAP | 0x80))
			status = (status & ~0xff00) | (SIGTRAP << 8);
		if (lying("event-stop-signal-wrong") && (status >> 16) == PTRACE_EVENT_STOP)
			status ^= SIGTRAP << 8 ^ SIGSTOP << 8;
	} else if (WIFEXITED(status) && lying("exit-code-off-by-one")) {
		status += 1 << 8;
	} else if (WIFSIGNALED(status) && lying("death-signal-wrong")) {
		status = (status & ~0x7f) | (WTERMSIG(status) == SIGKILL ? SIGTERM : SIGKILL);
	}
	remember(pid, status);
	return status;
}

pid_t waitpid(pid_t pid, int *status, int flags)
{
	int st;
	pid_t r = real_waitpid(pid, &st, flags);

	if (r > 0 && status)
		*status = bend(r, st);
	return r;
}

pid_t wait4(pid_t pid, int *status, int flags, struct rusage *ru)
{
	int st;
	pid_t r = real_wait4(pid, &st, flags, ru);

	if (r > 0 && status)
		*status = bend(r, st);
	return r;
}

int waitid(idtype_t type, id_t id, siginfo_t *si, int flags)
{
	int r = real_waitid(type, id, si, flags);

	/* A continued report has no wait-status form to bend: pass it on. */
	if (r == 0 && si && si->si_pid > 0 && si->si_code != CLD_CONTINUED) {
		int st = 0;

		if (si->si_code == CLD_TRAPPED || si->si_code == CLD_STOPPED)
			st = (si->si_status << 8) | 0x7f;
		else if (si->si_code == CLD_EXITED)
			st = si->si_status << 8;
		else if (si->si_code == CLD_KILLED || si->si_code == CLD_DUMPED)
			st = si->si_status;
		st = bend(si->si_pid, st);
		if (WIFSTOPPED(st))
			si->si_status = st >> 8;
		else if (WIFEXITED(st))
			si->si_status = WEXITSTATUS(st);
		else if (WIFSIGNALED(st))
			si->si_status = WTERMSIG(st);
		if (si->si_code == CLD_TRAPPED && lying("waitid-trapped-as-stopped"))
			si->si_code = CLD_STOPPED;
	}
	return r;
}

int kill(pid_t pid, int sig)
{
	if ((pid == 0 || pid == -1) && getpid() != honest) {
		const char *log = getenv("PTC_MUTANT_LOG");
		char line[128];
		int fd, n;

		n = snprintf(line, sizeof(line), "pid %d called kill(%d, %d) under mutant %s\n",
			     getpid(), pid, sig, mutant ? mutant : "none");
		fd = log ? open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644) : 2;
		if (fd >= 0 && write(fd, line, n) != n)
			n = 0;
		if (log && fd >= 0)
			close(fd);
		errno = EPERM;
		return -1;
	}
	return real_kill(pid, sig);
}
