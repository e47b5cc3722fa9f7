/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the cases that carry over other ptrace suites' checks
 * (groups tamper, step, proc, identity, hygiene, yama, races): re-executing
 * the case binary in a small role, bounded polls for a task to vanish or a
 * condition to hold, Yama probes, and "agents": child processes that run
 * ptrace and prctl commands sent to them over a pipe, so that a case can
 * drive an unprivileged tracer and tracee that are not each other's
 * ancestors.
 */
#ifndef PAR_PARITY_H
#define PAR_PARITY_H

#include <stdbool.h>
#include <sys/types.h>

#include "helpers.h"

/* ---- re-executing the case binary ---------------------------------------- */

/* Replace the calling thread's process image by the case binary in a role
 * (the exec'd image runs the role before the harness would start):
 *   "exit"    exit with status atoi(arg)
 *   "pause"   write one byte to fd atoi(arg) (if >= 0), then pause forever
 *   "agent"   go on serving agent commands on the fds in arg (see below)
 * Only returns on failure (the case fails). Works for an unprivileged caller
 * whatever the permissions of the directories above the binary: the binary
 * is opened once, while the case is still privileged. */
void par_exec_role(const char *role, const char *arg);
/* Open the binary for par_exec_role now (before dropping privileges). */
void par_exec_prepare(void);

/* ---- polls and small things ------------------------------------------------ */

/* Bounded poll (no sleeping) until /proc/<tid> is gone. */
void par_wait_gone(pid_t tid);
/* Bounded poll until cond(arg) is true; a timeout ends the case. */
void par_poll(bool (*cond)(void *), void *arg, const char *what);
/* Bounded poll until pid is blocked in syscall nr (true) or has a report
 * for us (false; waited for with WNOHANG into *st). */
bool par_blocked_or_report(pid_t pid, long nr, struct ptc_stop *st);
/* The same when blocking would be a bug: a block fails the case with
 * what_if_blocked (a restart that must not happen, say); returns the report. */
struct ptc_stop par_report_unless_blocked(pid_t pid, long nr, const char *what_if_blocked);
/* Run fn(arg) in a new thread of the calling process and poll (bounded)
 * until it has returned (true) or is seen blocked in syscall nr (false:
 * it stays blocked, its tid in *tid). */
bool par_thread_returns(void *(*fn)(void *), void *arg, long nr, pid_t *tid);

/* Tracee body: count SIGUSR1 with ptc_count_signal, raise it once, check
 * the handler ran once; returns 0. */
int par_raise_usr1_handled(void *unused);
/* Block sig in the calling thread. */
void par_block_signal(int sig);
/* /proc/<pid>/<name>: read (NUL-terminated; the byte count or -errno), or
 * open (the descriptor or -1 with errno). */
ssize_t par_read_proc(pid_t pid, const char *name, char *buf, size_t len);
int par_open_proc(pid_t pid, const char *name, int flags);

/* End the case as unsupported unless seccomp filters can be installed
 * (probed in a child, by behaviour). */
void par_require_seccomp_filter(void);

/* The exec-behind-a-traced-zombie setup (kselftest ptrace/vmaccess): a
 * child whose second thread did PTRACE_TRACEME (so this process traces it)
 * and exited, then whose main thread execs the case binary ("exit 0").
 * The exec waits in de_thread until this process reaps the zombie thread.
 * Returns the child's pid once its exec is seen blocked; a child that
 * execs without waiting fails the case. *zombie is the thread's tid. */
pid_t par_exec_behind_traced_zombie(pid_t *zombie);

/* A thread of the calling process that runs functions on request, for
 * cases where the tracer is one thread and another thread of the same
 * process acts. Results come back as a long. */
struct par_worker {
	pid_t tid;
	int req[2], resp[2];
};
void par_worker_start(struct par_worker *w);
long par_worker_run(struct par_worker *w, long (*fn)(void *), void *arg);
/* End the worker thread; returns once it is gone. */
void par_worker_exit(struct par_worker *w);

/* After a PTRACE_ATTACH of pid that succeeded while pid may vanish (an
 * exec by another thread releases a traced leader without a report):
 * bounded poll until pid reports the attach SIGSTOP (then detached, ESRCH
 * tolerated; returns true; other stops before it are suppressed) or pid is
 * no longer traced by this process (false). A report that is not a stop
 * fails the case. */
bool par_settle_attached(pid_t pid);
/* A start line for races: par_spin_wait() busy-waits (bounded, no
 * sleeping, no syscalls) until par_spin_release() sets *flag, so that two
 * processes leave it as close together as possible. flag is shared memory. */
void par_spin_wait(volatile int *flag);
void par_spin_release(volatile int *flag);
/* Burn n loop iterations: varies the interleaving of a race from round to
 * round. Never used to wait for anything (the verdict of a race case does
 * not depend on it). */
void par_spin_for(unsigned long n);
/* Pin the calling thread to the which-th CPU it may run on (modulo their
 * number), so that the two sides of a race really run at once. */
void par_pin_cpu(int which);
/* Whether fd has something to read, without blocking. */
bool par_readable(int fd);
/* Wait (bounded) until fd has something to read. */
void par_wait_readable(int fd, const char *what);

/* Tracee body for the exec races: a second thread announces itself in
 * *ready (if set), waits for *go (if set), then execs the case binary
 * "pause" role, which writes a byte to note_fd; the leader idles. */
struct par_exec_race {
	int note_fd;
	volatile int *ready, *go;
};
int par_exec_from_thread(void *race);

/* ---- Yama ------------------------------------------------------------------- */


/* ---- agents ------------------------------------------------------------------ */

/* A child process serving commands; it drops privileges first when asked.
 * Each command returns a long (an errno, a tid, a pid: see the ops). */
struct par_agent {
	pid_t pid;
	int cmd, resp;	/* our ends of its command and reply pipes */
};

enum par_agent_op {
	PAR_OP_ATTACH,		/* PTRACE_ATTACH arg, wait for the stop, detach: 0 or errno */
	PAR_OP_ATTACH_KEEP,	/* PTRACE_ATTACH arg, wait for the stop, PTRACE_CONT: 0 or errno */
	PAR_OP_CHECK_TRACEE,	/* stop the kept tracee arg, PEEKDATA, read /proc/arg/mem,
				   detach: 0 or the first errno */
	PAR_OP_PTRACER,		/* prctl(PR_SET_PTRACER, arg) in the main thread: 0 or errno */
	PAR_OP_THREAD,		/* start the second thread: its tid */
	PAR_OP_THREAD_PTRACER,	/* prctl(PR_SET_PTRACER, arg) in the second thread */
	PAR_OP_THREAD_EXIT,	/* the second thread exits; returns once it is gone: 0 */
	PAR_OP_THREAD_EXEC,	/* the second thread execs the agent again: the new pid */
	PAR_OP_EXEC,		/* the main thread execs the agent again: the new pid */
	PAR_OP_FORK,		/* fork a child that pauses: its pid */
	PAR_OP_GETPID,		/* the agent's pid */
};

void par_agent_start(struct par_agent *a, bool unprivileged);
long par_agent_call(struct par_agent *a, enum par_agent_op op, long arg);


/* ---- Yama cases -------------------------------------------------------------- */

/* Under ptrace_scope 1 (the case runs in ptc_with_yama_scope(1, ...), with
 * .needs "root alone": the setting is system-wide), start an unprivileged tracee
 * agent *tracee and an unprivileged tracer agent *tracer, siblings (neither
 * descends from the other), and check the tracer cannot attach yet (EPERM). */
void par_yama_pair(struct par_agent *tracee, struct par_agent *tracer);
/* Let the RCU-deferred freeing of exited tasks (where Yama drops
 * exceptions) have its grace period before a check (membarrier). */
void par_rcu_settle(void);
/* Bounded poll: the agent's PTRACE_ATTACH of target succeeds (and is undone)
 * until it fails with EPERM; any other result fails the case. Yama drops
 * exceptions when the task concerned is freed, an RCU grace period after
 * it exits, hence a poll. */
void par_attach_until_eperm(struct par_agent *tracer, pid_t target);

#endif
