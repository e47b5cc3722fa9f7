/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The harness: the case model, checks and results. It stands alone; the
 * ptrace helpers (helpers/) are built on it, and cases include both through
 * helpers/ptc.h.
 *
 * A case is one program checking one behaviour:
 *
 *	PTC_CASE(
 *		.claim = "PTRACE_ATTACH stops the tracee with a SIGSTOP signal-delivery-stop",
 *		.man = "PTRACE_ATTACH",
 *		.spec = "C143",
 *	)
 *	{
 *		pid_t pid = ptc_start(PTC_ATTACH, 0, tracee_fn, NULL);
 *		...
 *		ASSERT_SIGNAL_STOP(pid, SIGSTOP);
 *	}
 *
 * The metadata is stored in the ".ptc_meta" ELF section, so the runner lists
 * and describes a case without running it. The body runs in its own process
 * under a supervisor (harness/case_main.c) that owns the deadline, the
 * result and the cleanup of everything the body created.
 */
#ifndef PTC_HARNESS_H
#define PTC_HARNESS_H

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support.h"

/* Metadata: fixed-size text fields only, so the section has the same layout
 * on every arch and needs no relocation. An over-long literal is a build
 * error (-Werror). Lists are space-separated. */
struct ptc_meta {
	char magic[16];		/* PTC_META_MAGIC */
	char name[96];		/* group.behaviour, set by the build */
	char claim[640];	/* the behaviour, in our own words */
	char man[96];		/* ptrace(2) section it comes from */
	char spec[64];		/* behaviour ids (cases/behaviours.md) */
	char since[32];		/* kernel version that added the feature (information, never a gate) */
	char needs[128];	/* root, alone, arch:x86_64, platform facts (hw-breakpoint, int80 ...) */
	char variants[32];	/* "wait": once per wait flavour */
	char timeout[8];	/* seconds before scaling; default PTC_DEFAULT_TIMEOUT */
	char xfail[320];	/* known kernel bug or documented deviation */
	char kernels[64];	/* kernels the xfail affects */
	char links[512];	/* bug and thread links, "linux-git:<sha>" fix commits */
	char man_stale[320];	/* how the man page differs from the kernel */
};

#define PTC_META_MAGIC "ptc-meta-1"

/* The arch of the tracee ABI this build targets, for .needs = "arch:..". */
#if defined(__x86_64__)
#define PTC_ARCH "x86_64"
#elif defined(__i386__)
#define PTC_ARCH "i386"
#elif defined(__aarch64__)
#define PTC_ARCH "arm64"
#else
#define PTC_ARCH "unknown"
#endif
#define PTC_DEFAULT_TIMEOUT 10

#ifndef PTC_NAME
#error "PTC_NAME (group.behaviour) is set by the Makefile"
#endif

#define PTC_CASE(...)                                                            \
	const struct ptc_meta ptc_meta                                           \
		__attribute__((section(".ptc_meta"), used, aligned(16))) = {       \
			.magic = PTC_META_MAGIC, .name = PTC_NAME, __VA_ARGS__ }; \
	void ptc_test(void)

extern const struct ptc_meta ptc_meta;
void ptc_test(void);

/* The wait flavour this run uses (variant "wait"): every helper wait goes
 * through it, so one case covers waitpid, waitid and wait4. */
enum ptc_wait_flavour { PTC_WAITPID, PTC_WAITID, PTC_WAIT4 };
extern enum ptc_wait_flavour ptc_wait_flavour;

/* ---- names ------------------------------------------------------------ */

const char *ptc_signal_name(int sig);		/* "SIGSTOP", "signal 35 (real-time)" */
const char *ptc_errno_name(int err);		/* "ESRCH" */
/* One of a few rotating buffers of PTC_NAME_LEN for a name made up on the
 * spot ("request 0x1234"): several may appear in one message. */
#define PTC_NAME_LEN 48
char *ptc_name_buffer(void);

/* ---- results ---------------------------------------------------------- */

/* Record a failed check. Fatal ones end the calling process: the body, or
 * a tracee running a check of its own; either way the case fails. */
void ptc_fail_at(const char *file, int line, bool fatal, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* End the case as skipped (a requirement is missing: not root, arch ...). */
void ptc_skip(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* The kernel refused feature f with errno err on a valid tracee: end the
 * case as unsupported where the kernel's version or config explain it (or
 * the config cannot be read), fail it as a regression where they say the
 * feature is there (support.h). */
void ptc_refused(const char *file, int line, enum ptc_feature f, int err)
	__attribute__((noreturn));
#define PTC_REFUSED(f, err) ptc_refused(__FILE__, __LINE__, f, err)
/* Informational line, kept with the result. */
void ptc_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A trace entry (ptrace requests and wait results are logged by the helpers). */
void ptc_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Count a check that passed: a case that checked nothing is an error. */
void ptc_checked(void);
/* End the case as a timeout (a wait or poll passed its deadline). */
void ptc_timeout(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* Number of failed checks so far, in any process of the case. */
unsigned ptc_failures(void);
/* Deadline for one wait or poll, in seconds, already scaled. */
double ptc_deadline_seconds(void);
/* End the calling process after a fatal check. */
void ptc_abort(void) __attribute__((noreturn));

#define PTC_FAIL(fatal, ...) ptc_fail_at(__FILE__, __LINE__, fatal, __VA_ARGS__)

/* Comparisons and truth checks. The arguments are stringified here, at the
 * public macro, before expansion: EXPECT_EQ(errno, ESRCH) prints "errno"
 * and "ESRCH", not what glibc's errno macro expands to. Where either side
 * is written as an errno or signal name (ESRCH, SIGUSR1) or as errno, both
 * values are printed by name: "expected errno == ESRCH: EPERM (1) vs
 * ESRCH (3)".
 *
 * As in kselftest_harness.h, a block right after the macro runs only when
 * the check failed, before a fatal one ends the process:
 *
 *	ASSERT_EQ(r, 0) {
 *		ptc_log("tracee state %c", ptc_proc_state(pid));
 *	}
 *
 * so the macro call must end in ';' when there is no block. */
bool ptc_check_cmp(const char *file, int line, const char *a_text, const char *op,
		   const char *b_text, long long a, long long b, bool holds);
bool ptc_check_true(const char *file, int line, const char *text, bool holds);
/* End the process after a fatal check's handler ran; returns false. */
bool ptc_bail(bool fatal);

#define PTC_CHECK_(fatal, cond, text)                                             \
	for (bool ptc_failed_ = !ptc_check_true(__FILE__, __LINE__, text, cond); \
	     ptc_failed_; ptc_failed_ = ptc_bail(fatal))

#define PTC_CMP_(fatal, a, op, b, a_text, b_text)                                \
	for (bool ptc_failed_ = ({                                                \
		     long long ptc_a_ = (long long)(a), ptc_b_ = (long long)(b);  \
		     !ptc_check_cmp(__FILE__, __LINE__, a_text, #op, b_text,      \
				    ptc_a_, ptc_b_, ptc_a_ op ptc_b_);             \
	     });                                                                  \
	     ptc_failed_; ptc_failed_ = ptc_bail(fatal))

#define ASSERT_TRUE(c) PTC_CHECK_(true, (c), #c)
#define EXPECT_TRUE(c) PTC_CHECK_(false, (c), #c)
#define ASSERT_FALSE(c) PTC_CHECK_(true, !(c), "!(" #c ")")
#define EXPECT_FALSE(c) PTC_CHECK_(false, !(c), "!(" #c ")")
#define ASSERT_EQ(a, b) PTC_CMP_(true, a, ==, b, #a, #b)
#define EXPECT_EQ(a, b) PTC_CMP_(false, a, ==, b, #a, #b)
#define ASSERT_NE(a, b) PTC_CMP_(true, a, !=, b, #a, #b)
#define EXPECT_NE(a, b) PTC_CMP_(false, a, !=, b, #a, #b)
#define ASSERT_LT(a, b) PTC_CMP_(true, a, <, b, #a, #b)
#define EXPECT_LT(a, b) PTC_CMP_(false, a, <, b, #a, #b)
#define ASSERT_LE(a, b) PTC_CMP_(true, a, <=, b, #a, #b)
#define EXPECT_LE(a, b) PTC_CMP_(false, a, <=, b, #a, #b)
#define ASSERT_GT(a, b) PTC_CMP_(true, a, >, b, #a, #b)
#define EXPECT_GT(a, b) PTC_CMP_(false, a, >, b, #a, #b)
#define ASSERT_GE(a, b) PTC_CMP_(true, a, >=, b, #a, #b)
#define EXPECT_GE(a, b) PTC_CMP_(false, a, >=, b, #a, #b)

/* A call that reports failure as -1 with errno must succeed. */
long ptc_check_ok(const char *file, int line, bool fatal, const char *expr, long ret);
#define ASSERT_OK(expr) ptc_check_ok(__FILE__, __LINE__, true, #expr, (long)(expr))
#define EXPECT_OK(expr) ptc_check_ok(__FILE__, __LINE__, false, #expr, (long)(expr))

/* A call must fail with -1 and exactly this errno. */
void ptc_check_errno(const char *file, int line, bool fatal, const char *expr, long ret,
		     int want);
#define ASSERT_ERRNO(expr, e)                                                   \
	do {                                                                    \
		errno = 0;                                                      \
		long ptc_r_ = (long)(expr);                                     \
		ptc_check_errno(__FILE__, __LINE__, true, #expr, ptc_r_, e);    \
	} while (0)
#define EXPECT_ERRNO(expr, e)                                                   \
	do {                                                                    \
		errno = 0;                                                      \
		long ptc_r_ = (long)(expr);                                     \
		ptc_check_errno(__FILE__, __LINE__, false, #expr, ptc_r_, e);   \
	} while (0)

/* ---- requirements -------------------------------------------------------- */

#define REQUIRE_ROOT()                                    \
	do {                                              \
		if (geteuid() != 0)                       \
			ptc_skip("needs root (CAP_SYS_PTRACE and friends)"); \
	} while (0)

/* A request or option the kernel may lack is probed by behaviour: it failed
 * with EIO (or EINVAL for options) on a valid stopped tracee. The refusal
 * is judged against the feature's version and config (support.h). */
#define REQUIRE_SUPPORTED(ret, absent_errno, feature)             \
	do {                                                      \
		if ((ret) == -1 && errno == (absent_errno))       \
			PTC_REFUSED(feature, errno);              \
	} while (0)

#endif
