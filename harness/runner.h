/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PTC_RUNNER_H
#define PTC_RUNNER_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "capture.h"
#include "kconfig.h"
#include "platform.h"
#include "harness.h"
#include "result.h"

#define SUITE_VERSION "0.1.0"

/* One run of one case program (a case, a variant, an iteration). */
struct job {
	char path[4096];
	struct ptc_meta meta;
	char variant[16];
	char name[128];		/* group.behaviour[.variant] */
	int iteration;

	pid_t pid;
	int out_fd, rec_fd;	/* read ends: output, result record */
	struct capture out_cap, rec_cap;	/* what came, bounded (capture.h) */
	char *out, *rec;	/* the same as text, once the job finished */
	double start, deadline;
	bool started, reaped, finished, runner_timeout;
	int status;

	enum result result;
	char reason[512];
	double duration_ms;
};

struct run_info {
	const char *label;	/* the run's name: host, host-i386, qemu-6.1 ... */
	const char *how;	/* host, qemu, uml */
	const char *abi;	/* tracee ABI: native or i386 */
	int jobs;
	int repeat;
	long shuffle_seed;	/* -1: not shuffled */
	double timeout_scale;
	bool pidns;		/* the run has a PID namespace of its own */
	bool case_pidns;	/* and each case one of its own inside it */
	bool interrupted;
	double duration_s;
	char started[32];	/* UTC, ISO 8601 */
	int stream_fd;		/* --stream: -1 when not streaming */
	char kconfig[4096];	/* the kernel config read, or "" */
	char results_json[4200];	/* where results.json goes, or "" */
	double t0;		/* when the run started (monotonic) */
	bool snapshot;		/* writing results.json before the run ended */
	char kconfig_note[600];	/* why none could be read */
};

/* The platform facts and the kernel config as TAP comments, after the plan. */
void print_platform_tap(FILE *out, const struct run_info *run);
/* A job's diagnostics: the record's "diag" and "trace" lines and its output. */
void print_tap_job(FILE *out, const struct job *j, int number);
bool write_json(const char *path, const struct run_info *run, struct job *jobs, int njobs);
/* The --stream lines (runner_output.c): the run's head, a job as it starts
 * and as it finishes, and the tail. Each is one "@ptc <kind> {json}" line. */
void stream_head(int fd, const struct run_info *run, const struct job *jobs, int njobs);
void stream_job(int fd, const struct job *j);
void stream_tail(int fd, const struct run_info *run, const struct job *jobs, int njobs);

#endif
