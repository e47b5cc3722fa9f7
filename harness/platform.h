/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Platform facts: what this machine can show, probed without ptrace.
 *
 * Some behaviours cannot be seen on every machine whatever the kernel does:
 * a hypervisor that delivers no debug-register traps, one that runs no
 * 32-bit program. A case that needs such a fact names it in .needs
 * ("hw-breakpoint", "int80") and is skipped with the probe's finding where
 * the machine lacks it; that is never a failure, and never "unsupported"
 * (which is about the kernel).
 *
 * The runner probes every fact once per run, records them with the results
 * and hands them to the cases in the environment (PTC_PLATFORM, one
 * "name=state detail" line per fact). A case run on its own probes what it
 * needs itself. A fact already present in PTC_PLATFORM when the runner
 * starts is taken as given (marked "forced"): that is how the self-tests
 * model machines they are not running on. PTC_PLATFORM_CRASH=<name> makes
 * that probe crash, for the self-tests of a broken probe.
 */
#ifndef PTC_PLATFORM_H
#define PTC_PLATFORM_H

#include <stdbool.h>
#include <stdio.h>

enum ptc_fact {
	PTC_FACT_HW_BREAKPOINT,	/* a hardware write breakpoint (perf_event_open) fires */
	PTC_FACT_EXEC_32BIT,	/* the kernel executes a 32-bit x86 program */
	PTC_FACT_INT80,		/* int $0x80 reaches the i386 system-call table */
	PTC_FACT_USER_NS,	/* this user can create a user namespace */
	PTC_FACT_YAMA,		/* the Yama LSM is active */
	PTC_FACT_SECCOMP_FILTER, /* seccomp filters can be installed */
	PTC_FACT_COUNT
};

enum ptc_fact_state { PTC_FACT_UNKNOWN, PTC_FACT_YES, PTC_FACT_NO };

struct ptc_fact_value {
	enum ptc_fact_state state;
	bool given;		/* taken from PTC_PLATFORM, not probed here */
	char detail[200];	/* what the probe saw */
};

#define PTC_PLATFORM_ENV "PTC_PLATFORM"

/* "hw-breakpoint", "exec-32bit" ...; the fact named so, or -1. */
const char *ptc_fact_name(enum ptc_fact f);
int ptc_fact_by_name(const char *name);
const char *ptc_fact_state_name(enum ptc_fact_state s);	/* yes, no, unknown */
/* Why a case that needs the fact is skipped: "this machine delivers no
 * hardware breakpoint: <detail>". */
void ptc_fact_skip_reason(enum ptc_fact f, char *buf, size_t len);

/* The fact: from PTC_PLATFORM if it is there, else probed (once). */
const struct ptc_fact_value *ptc_platform_fact(enum ptc_fact f);
/* Probe every fact not given and export all of them in PTC_PLATFORM, for
 * the processes started afterwards (the runner, before its cases). */
void ptc_platform_probe_all(void);

#endif
