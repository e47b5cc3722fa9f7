// SPDX-License-Identifier: GPL-2.0
/* The errors matrix: every class of request, issued with valid arguments,
 * checked against the result a table expects in one tracee state. */
#include <sys/uio.h>

#include "ptc.h"
#include "regs.h"
#include "reqmatrix.h"

/* A word the tracee has at the same address (it is a fork of the tracer). */
static volatile long peek_word = 0x5a5a1234;

/* A request number no kernel defines, on any arch. */
#define UNKNOWN_REQUEST 0x43ff

static const char *const names[PTC_RQ_COUNT] = {
	[PTC_RQ_PEEKDATA] = "PTRACE_PEEKDATA",
	[PTC_RQ_POKEDATA] = "PTRACE_POKEDATA",
	[PTC_RQ_PEEKUSER] = "PTRACE_PEEKUSER",
	[PTC_RQ_GETREGSET] = "PTRACE_GETREGSET",
	[PTC_RQ_SETREGSET] = "PTRACE_SETREGSET",
	[PTC_RQ_GETSIGINFO] = "PTRACE_GETSIGINFO",
	[PTC_RQ_SETSIGINFO] = "PTRACE_SETSIGINFO",
	[PTC_RQ_PEEKSIGINFO] = "PTRACE_PEEKSIGINFO",
	[PTC_RQ_GETEVENTMSG] = "PTRACE_GETEVENTMSG",
	[PTC_RQ_SETOPTIONS] = "PTRACE_SETOPTIONS",
	[PTC_RQ_GETSIGMASK] = "PTRACE_GETSIGMASK",
	[PTC_RQ_SETSIGMASK] = "PTRACE_SETSIGMASK",
	[PTC_RQ_GET_SYSCALL_INFO] = "PTRACE_GET_SYSCALL_INFO",
	[PTC_RQ_SECCOMP_GET_FILTER] = "PTRACE_SECCOMP_GET_FILTER",
	[PTC_RQ_SECCOMP_GET_METADATA] = "PTRACE_SECCOMP_GET_METADATA",
	[PTC_RQ_GET_RSEQ_CONFIGURATION] = "PTRACE_GET_RSEQ_CONFIGURATION",
	[PTC_RQ_GET_SUD_CONFIG] = "PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG",
	[PTC_RQ_UNKNOWN] = "unknown request 0x43ff",
	[PTC_RQ_CONT_BADSIG] = "PTRACE_CONT with signal 65",
	[PTC_RQ_INTERRUPT] = "PTRACE_INTERRUPT",
	[PTC_RQ_ATTACH] = "PTRACE_ATTACH",
	[PTC_RQ_SEIZE] = "PTRACE_SEIZE",
	[PTC_RQ_LISTEN] = "PTRACE_LISTEN",
	[PTC_RQ_CONT] = "PTRACE_CONT",
	[PTC_RQ_DETACH] = "PTRACE_DETACH",
	[PTC_RQ_KILL] = "PTRACE_KILL",
};

const char *ptc_rq_name(enum ptc_rq rq)
{
	return rq < PTC_RQ_COUNT && names[rq] ? names[rq] : "request class ?";
}

long ptc_rq_issue(enum ptc_rq rq, const struct ptc_rq_tracee *t)
{
	pid_t pid = t->pid;

	switch (rq) {
	case PTC_RQ_PEEKDATA:
		return PTRACE(PTRACE_PEEKDATA, pid, &peek_word, 0);
	case PTC_RQ_POKEDATA: {
		long w;

		errno = 0;
		w = PTRACE(PTRACE_PEEKDATA, pid, &peek_word, 0);
		if (w == -1 && errno)
			w = peek_word;
		return PTRACE(PTRACE_POKEDATA, pid, &peek_word, w);
	}
	case PTC_RQ_PEEKUSER:
		return PTRACE(PTRACE_PEEKUSER, pid, 0, 0);
	case PTC_RQ_GETREGSET:
	case PTC_RQ_SETREGSET: {
		unsigned long regs[128] = { 0 };
		size_t len = sizeof(regs);
		long r = ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, regs, &len);

		if (rq == PTC_RQ_GETREGSET || r == -1)
			return r;
		return ptc_regset(PTRACE_SETREGSET, pid, NT_PRSTATUS, regs, &len);
	}
	case PTC_RQ_GETSIGINFO:
	case PTC_RQ_SETSIGINFO: {
		siginfo_t si;
		long r;

		memset(&si, 0, sizeof(si));
		r = PTRACE(PTRACE_GETSIGINFO, pid, 0, &si);
		if (rq == PTC_RQ_GETSIGINFO)
			return r;
		/* Where there is no siginfo to read, write a plain one. */
		if (r == -1)
			si.si_signo = SIGTRAP;
		return PTRACE(PTRACE_SETSIGINFO, pid, 0, &si);
	}
	case PTC_RQ_PEEKSIGINFO: {
		struct ptc_peeksiginfo_args a = { .off = 0, .flags = 0, .nr = 1 };
		siginfo_t si;

		return PTRACE(PTRACE_PEEKSIGINFO, pid, &a, &si);
	}
	case PTC_RQ_GETEVENTMSG: {
		unsigned long msg;

		return PTRACE(PTRACE_GETEVENTMSG, pid, 0, &msg);
	}
	case PTC_RQ_SETOPTIONS:
		return PTRACE(PTRACE_SETOPTIONS, pid, 0, t->options);
	case PTC_RQ_GETSIGMASK:
	case PTC_RQ_SETSIGMASK: {
		uint64_t mask = 0;
		long r = PTRACE(PTRACE_GETSIGMASK, pid, sizeof(mask), &mask);

		if (rq == PTC_RQ_GETSIGMASK)
			return r;
		return PTRACE(PTRACE_SETSIGMASK, pid, sizeof(mask), &mask);
	}
	case PTC_RQ_GET_SYSCALL_INFO: {
		struct ptc_syscall_info info;

		return PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info);
	}
	case PTC_RQ_SECCOMP_GET_FILTER:
		return PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, 0, 0);
	case PTC_RQ_SECCOMP_GET_METADATA: {
		struct ptc_seccomp_metadata md = { 0 };

		return PTRACE(PTRACE_SECCOMP_GET_METADATA, pid, sizeof(md), &md);
	}
	case PTC_RQ_GET_RSEQ_CONFIGURATION: {
		struct ptc_rseq_configuration conf;

		return PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(conf), &conf);
	}
	case PTC_RQ_GET_SUD_CONFIG: {
		struct ptc_sud_config cfg;

		return PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(cfg), &cfg);
	}
	case PTC_RQ_UNKNOWN:
		return PTRACE(UNKNOWN_REQUEST, pid, 0, 0);
	case PTC_RQ_CONT_BADSIG:
		return PTRACE(PTRACE_CONT, pid, 0, 65);
	case PTC_RQ_INTERRUPT:
		return PTRACE(PTRACE_INTERRUPT, pid, 0, 0);
	case PTC_RQ_ATTACH:
		return PTRACE(PTRACE_ATTACH, pid, 0, 0);
	case PTC_RQ_SEIZE:
		return PTRACE(PTRACE_SEIZE, pid, 0, 0);
	case PTC_RQ_LISTEN:
		return PTRACE(PTRACE_LISTEN, pid, 0, 0);
	case PTC_RQ_CONT:
		return PTRACE(PTRACE_CONT, pid, 0, 0);
	case PTC_RQ_DETACH:
		return PTRACE(PTRACE_DETACH, pid, 0, 0);
	case PTC_RQ_KILL:
		return PTRACE(PTRACE_KILL, pid, 0, 0);
	default:
		errno = EINVAL;
		return -1;
	}
}

/* What a class gives at an ordinary ptrace-stop of a plain tracee. */
static int at_stop(enum ptc_rq rq, const struct ptc_rq_tracee *t)
{
	switch (rq) {
	case PTC_RQ_PEEKUSER:
#if defined(__aarch64__)
		return EIO;	/* arm64 has no USER area for native tracees */
#else
		return PTC_RQ_OK;
#endif
	case PTC_RQ_SECCOMP_GET_FILTER:
	case PTC_RQ_SECCOMP_GET_METADATA:
		/* No filter: EINVAL, but only past the CAP_SYS_ADMIN check. */
		return geteuid() == 0 ? EINVAL : EACCES;
	case PTC_RQ_UNKNOWN:
	case PTC_RQ_CONT_BADSIG:
	case PTC_RQ_LISTEN:
		return EIO;
	case PTC_RQ_INTERRUPT:
		return t->seized ? PTC_RQ_OK : EIO;
	case PTC_RQ_ATTACH:
	case PTC_RQ_SEIZE:
		return EPERM;
	default:
		return PTC_RQ_OK;
	}
}

/* A request the kernel may lack: whether err is how it says so, and the
 * feature it then lacks. */
static bool absent(enum ptc_rq rq, int err, enum ptc_feature *f)
{
	switch (rq) {
	case PTC_RQ_GET_SYSCALL_INFO:
		*f = PTC_FEAT_GET_SYSCALL_INFO;
		return err == EIO;
	case PTC_RQ_GET_RSEQ_CONFIGURATION:
		*f = PTC_FEAT_RSEQ_CONFIGURATION;
		return err == EIO;
	case PTC_RQ_GET_SUD_CONFIG:
		*f = PTC_FEAT_SUD_CONFIG;
		return err == EIO || err == EINVAL;
	case PTC_RQ_SECCOMP_GET_FILTER:
		*f = PTC_FEAT_SECCOMP_GET_FILTER;
		return err == EIO || err == EINVAL;
	case PTC_RQ_SECCOMP_GET_METADATA:
		*f = PTC_FEAT_SECCOMP_GET_METADATA;
		return err == EIO || err == EINVAL;
	default:
		return false;
	}
}

/* A refusal the kernel's version or config explain is logged and the row
 * skipped; one they do not explain fails the row as a regression. */
static bool explained_absence(const char *file, int line, enum ptc_rq rq, const char *state,
			      enum ptc_feature f, int err)
{
	char why[512];

	if (ptc_judge_refusal(f, err, why, sizeof(why)) == PTC_REFUSAL_REGRESSED) {
		ptc_fail_at(file, line, false, "%s on %s: %s", ptc_rq_name(rq), state, why);
		return false;
	}
	ptc_log("%s on %s: %s", ptc_rq_name(rq), state, why);
	return true;
}

static const char *result_name(int want)
{
	return want == PTC_RQ_OK ? "success" : ptc_errno_name(want);
}

void ptc_rq_check(const char *file, int line, const struct ptc_rq_tracee *t, const char *state,
		  const struct ptc_rq_want *rows, unsigned nrows)
{
	int want[PTC_RQ_COUNT];
	enum ptc_rq order[PTC_RQ_COUNT];
	unsigned n = 0;

	for (int i = 0; i < PTC_RQ_COUNT; i++)
		want[i] = -2;
	for (unsigned i = 0; i < nrows; i++) {
		if (want[rows[i].rq] == -2)
			order[n++] = rows[i].rq;
		want[rows[i].rq] = rows[i].want;
	}
	for (unsigned i = 0; i < n; i++) {
		enum ptc_rq rq = order[i];
		int w = want[rq] == PTC_RQ_AT_STOP ? at_stop(rq, t) : want[rq];
		enum ptc_feature feature;
		long r;
		int err;

		errno = 0;
		r = ptc_rq_issue(rq, t);
		err = errno;
		/* PEEKDATA returns the word: -1 is an error only with errno set. */
		if (r == -1 && err == 0)
			r = 0;
		bool refused = r == -1 && absent(rq, err, &feature);

		/* An EACCES row is answered EIO by a kernel without the request
		 * only when the refusal is not the permission check. */
		if (refused && (w == PTC_RQ_OK || (w == EACCES && err != EIO))) {
			explained_absence(file, line, rq, state, feature, err);
			continue;
		}
		if (w == PTC_RQ_OK ? r != -1 : (r == -1 && err == w))
			ptc_checked();
		else
			ptc_fail_at(file, line, false, "%s on %s: expected %s, got %s",
				    ptc_rq_name(rq), state, result_name(w),
				    r == -1 ? ptc_errno_name(err) : "success");
	}
}
