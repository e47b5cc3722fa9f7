/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The errors matrix: one table per tracee state saying what every class of
 * request gives there (0, or the errno). A case puts the tracee in one
 * state and checks the whole table; the table is the documentation.
 *
 * Each class is issued with valid arguments (buffers of the right size,
 * values read back unchanged), so that a failure shows the state, not an
 * argument error. Rows are checked in order; a later row for the same class
 * replaces an earlier one (PTC_RQ_NEEDS_STOP(x) then an override). Put the
 * requests that change the state (LISTEN, restarts, DETACH, KILL) last.
 */
#ifndef PTC_REQMATRIX_H
#define PTC_REQMATRIX_H

#include <sys/types.h>

enum ptc_rq {
	PTC_RQ_PEEKDATA,
	PTC_RQ_POKEDATA,	/* writes back the word PEEKDATA read */
	PTC_RQ_PEEKUSER,	/* offset 0 of the USER area */
	PTC_RQ_GETREGSET,	/* NT_PRSTATUS */
	PTC_RQ_SETREGSET,	/* NT_PRSTATUS, the registers just read */
	PTC_RQ_GETSIGINFO,
	PTC_RQ_SETSIGINFO,	/* the siginfo just read */
	PTC_RQ_PEEKSIGINFO,	/* per-thread queue, off 0, nr 1 */
	PTC_RQ_GETEVENTMSG,
	PTC_RQ_SETOPTIONS,	/* the options the tracee already has */
	PTC_RQ_GETSIGMASK,
	PTC_RQ_SETSIGMASK,	/* the mask just read */
	PTC_RQ_GET_SYSCALL_INFO,
	PTC_RQ_SECCOMP_GET_FILTER,	/* index 0 of a tracee without filters */
	PTC_RQ_SECCOMP_GET_METADATA,
	PTC_RQ_GET_RSEQ_CONFIGURATION,
	PTC_RQ_GET_SUD_CONFIG,
	PTC_RQ_UNKNOWN,		/* a request number no kernel defines */
	PTC_RQ_CONT_BADSIG,	/* PTRACE_CONT with signal 65 */
	PTC_RQ_INTERRUPT,
	PTC_RQ_ATTACH,		/* by the tracer itself, on its own tracee */
	PTC_RQ_SEIZE,
	/* These change the state: last in a table. */
	PTC_RQ_LISTEN,
	PTC_RQ_CONT,
	PTC_RQ_DETACH,
	PTC_RQ_KILL,
	PTC_RQ_COUNT
};

/* Expected results besides an errno value. */
#define PTC_RQ_OK 0		/* the request succeeds (returns >= 0) */
#define PTC_RQ_AT_STOP (-1)	/* what the request gives at an ordinary ptrace-stop
				 * of a plain tracee: success for most; EINVAL (root)
				 * or EACCES for SECCOMP_GET_FILTER/METADATA without a
				 * filter; EIO for unknown requests, bad signals,
				 * LISTEN outside an EVENT_STOP, INTERRUPT without
				 * SEIZE, and PEEKUSER where the arch has no USER area
				 * (arm64); EPERM for ATTACH/SEIZE of one's own tracee */

struct ptc_rq_want {
	enum ptc_rq rq;
	int want;	/* PTC_RQ_OK, PTC_RQ_AT_STOP or an errno */
};

/* How the tracee was set up: the request arguments follow it. */
struct ptc_rq_tracee {
	pid_t pid;
	unsigned long options;	/* what PTRACE_SETOPTIONS writes back */
	int seized;		/* attached with PTRACE_SEIZE */
};

/* Every request that needs the tracee in a ptrace-stop, expecting w. */
#define PTC_RQ_NEEDS_STOP(w)                                                          \
	{ PTC_RQ_PEEKDATA, w }, { PTC_RQ_POKEDATA, w }, { PTC_RQ_PEEKUSER, w },       \
	{ PTC_RQ_GETREGSET, w }, { PTC_RQ_SETREGSET, w }, { PTC_RQ_GETSIGINFO, w },    \
	{ PTC_RQ_SETSIGINFO, w }, { PTC_RQ_PEEKSIGINFO, w }, { PTC_RQ_GETEVENTMSG, w }, \
	{ PTC_RQ_SETOPTIONS, w }, { PTC_RQ_GETSIGMASK, w }, { PTC_RQ_SETSIGMASK, w },  \
	{ PTC_RQ_GET_SYSCALL_INFO, w }, { PTC_RQ_SECCOMP_GET_FILTER, w },             \
	{ PTC_RQ_SECCOMP_GET_METADATA, w }, { PTC_RQ_GET_RSEQ_CONFIGURATION, w },     \
	{ PTC_RQ_GET_SUD_CONFIG, w }, { PTC_RQ_UNKNOWN, w }, { PTC_RQ_CONT_BADSIG, w }

/* The request a class stands for, by name ("PTRACE_GETSIGINFO"). */
const char *ptc_rq_name(enum ptc_rq rq);

/* Issue one class of request to t->pid. Returns the result, -1 with errno
 * on failure. */
long ptc_rq_issue(enum ptc_rq rq, const struct ptc_rq_tracee *t);

/* Check every row against the tracee in the state named by state ("a
 * running tracee"); failures name the request, the state, the expected and
 * the actual result. A request newer than 3.x that this kernel lacks (EIO,
 * or EINVAL where the arch lacks the feature, where success was expected)
 * is logged, not failed. */
void ptc_rq_check(const char *file, int line, const struct ptc_rq_tracee *t, const char *state,
		  const struct ptc_rq_want *rows, unsigned nrows);
#define PTC_RQ_CHECK(t, state, rows) \
	ptc_rq_check(__FILE__, __LINE__, t, state, rows, sizeof(rows) / sizeof((rows)[0]))

#endif
