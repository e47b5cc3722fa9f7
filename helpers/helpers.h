/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ptrace-specific helpers every case uses: starting tracees, waiting with a
 * deadline, decoding and classifying stops, threads, /proc probes and
 * privilege changes. Every ptrace call goes through libc's ptrace() and
 * every wait through libc's waitpid()/waitid()/wait4(), and each one is
 * logged to the case's trace.
 */
#ifndef PTC_HELPERS_H
#define PTC_HELPERS_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "harness.h"
#include "uapi.h"

/* ---- ptrace and wait, logged ---------------------------------------------- */

/* libc's ptrace(), with the request, arguments and result in the trace. */
long ptc_ptrace(long request, pid_t pid, unsigned long addr, unsigned long data);
#define PTRACE(req, pid, addr, data) \
	ptc_ptrace((req), (pid), (unsigned long)(addr), (unsigned long)(data))

/* Where a value that came from the kernel came from, for a helper that
 * fails on it: "the event message PTRACE_GETEVENTMSG returned for pid 100"
 * when value is the last one it returned, else NULL. */
const char *ptc_value_origin(unsigned long value, char *buf, size_t len);

/* A wait in this run's flavour (waitpid, waitid or wait4), bounded by the
 * deadline: a wait that would hang fails the case as a timeout. flags are
 * waitpid flags (WNOHANG, WUNTRACED, WCONTINUED, __WALL, __WCLONE, __WNOTHREAD).
 * Returns the pid, 0 (WNOHANG, nothing to report) or -1 with errno. */
pid_t ptc_wait(pid_t pid, int *status, int flags);
/* The si_code of the last report under the waitid flavour (CLD_TRAPPED ...). */
extern int ptc_last_waitid_code;

/* ---- decoding and classifying --------------------------------------------- */

enum ptc_stop_kind {
	PTC_ANY = 0,		/* in a ptc_want: do not check the kind */
	PTC_EXITED,
	PTC_KILLED,
	PTC_CONTINUED,
	PTC_SIGNAL_STOP,	/* signal-delivery-stop */
	PTC_GROUP_STOP,		/* group-stop of an ATTACH/TRACEME tracee (GETSIGINFO EINVAL) */
	PTC_EVENT_STOP,		/* PTRACE_EVENT_* stop, status >> 16 != 0 */
	PTC_SYSCALL_STOP,	/* syscall-enter- or syscall-exit-stop */
	PTC_JOBCTL_STOP,	/* stopped, seen by a waiter that is not the tracer */
};

struct ptc_stop {
	pid_t pid;
	int status;
	enum ptc_stop_kind kind;
	int sig;	/* stop signal, or the fatal signal */
	int event;	/* status >> 16 */
	int code;	/* exit code */
};

struct ptc_want {
	enum ptc_stop_kind kind;
	int sig;	/* 0: any (except for PTC_EXITED where code is used) */
	int event;	/* for PTC_EVENT_STOP */
	int code;	/* for PTC_EXITED */
};

/* Classify a wait status of pid, asking PTRACE_GETSIGINFO only where the
 * status bits are ambiguous (SIGTRAP without TRACESYSGOOD, stopping signals). */
struct ptc_stop ptc_classify(pid_t pid, int status);
/* Wait (flavour, __WALL, deadline) for pid and classify what it reports. */
struct ptc_stop ptc_next_stop(pid_t pid);
/* The si_code a waitid report of st carries (CLD_TRAPPED for a ptrace-stop,
 * CLD_STOPPED for a job-control stop, CLD_EXITED ...). */
int ptc_waitid_code(const struct ptc_stop *st);

/* Wait for pid's next report with these wait flags (WUNTRACED, WCONTINUED,
 * WNOHANG, __WALL ...) in this run's flavour, classify and check it: for a
 * waiter that is not the tracer, or flags the ASSERT_*_STOP macros do not
 * pass. Nothing reported fails the case; under waitid the si_code of any
 * report is checked too. */
struct ptc_stop ptc_expect_report(const char *file, int line, pid_t pid, int flags,
				  struct ptc_want want);
#define ASSERT_REPORT(pid, flags, ...) \
	ptc_expect_report(__FILE__, __LINE__, pid, flags, (struct ptc_want){ __VA_ARGS__ })
/* Nothing to report for pid right now (a WNOHANG wait returns 0). */
#define EXPECT_NO_REPORT(pid, flags)                                      \
	do {                                                              \
		int ptc_st_;                                              \
		EXPECT_EQ(ptc_wait(pid, &ptc_st_, (flags) | WNOHANG), 0); \
	} while (0)

/* Bounded poll until pid is blocked in syscall nr (true) or has a report
 * for us (false; waited for with WNOHANG into *st). */
bool ptc_blocked_or_report(pid_t pid, long nr, struct ptc_stop *st);
/* The same when blocking would be a bug: a block fails the case with
 * what_if_blocked (a restart that must not happen, say); returns the report. */
struct ptc_stop ptc_report_unless_blocked(pid_t pid, long nr, const char *what_if_blocked);

const char *ptc_request_name(long request);	/* "PTRACE_CONT", or "request 0x1234" */
const char *ptc_event_name(int event);		/* "PTRACE_EVENT_FORK" */
/* "PTRACE_O_TRACESYSGOOD|PTRACE_O_TRACEEXIT", unknown bits in hex, into buf. */
const char *ptc_options_name(unsigned long options, char *buf, size_t len);
/* What a wait that passed its deadline was waiting for, named by the
 * helper that waits ("PTRACE_EVENT_STOP(SIGTRAP)"); NULL: any report. */
extern const char *ptc_waiting_for;
/* "signal-delivery-stop SIGSTOP (status 0x137f)" into buf. */
const char *ptc_describe_stop(const struct ptc_stop *st, char *buf, size_t len);
const char *ptc_describe_want(const struct ptc_want *w, char *buf, size_t len);
/* The stop a raw status shows, decoded from its bits alone. */
const char *ptc_describe_status(int status, char *buf, size_t len);

/* ---- starting tracees ------------------------------------------------------ */

/* The function a child runs; its return value is the child's exit code. */
typedef int (*ptc_fn)(void *arg);

enum ptc_how {
	PTC_TRACEME,	/* child: PTRACE_TRACEME, raise(SIGSTOP), then fn */
	PTC_ATTACH,	/* PTRACE_ATTACH of a child waiting to run fn */
	PTC_SEIZE,	/* PTRACE_SEIZE of a child, which then runs fn at once */
};

/* Start a child running fn(arg) and make this process its tracer.
 * TRACEME and ATTACH return with the tracee in its SIGSTOP
 * signal-delivery-stop (options, if any, already set): resume it with 0 to
 * suppress that SIGSTOP. SEIZE returns with the tracee running fn. */
pid_t ptc_start(enum ptc_how how, unsigned long options, ptc_fn fn, void *arg);
/* A plain child running fn(arg); nobody traces it. */
pid_t ptc_fork(ptc_fn fn, void *arg);
/* Run fn(arg) in a plain child, reap it, and return what fn returned, or
 * PTC_PROBE_DIED when the child died before fn returned (a #GP, a missing
 * syscall's SIGSYS). The answer comes through shared memory, never through
 * the exit status: a skip must rest on what the child saw, not on a wait
 * report that could itself be the kernel's bug. */
#define PTC_PROBE_DIED (-1000)
/* No core file from this process (one that is meant to die of a signal). */
void ptc_no_coredump(void);
int ptc_probe(ptc_fn fn, void *arg);
/* A child that only waits for a signal (pause() in a loop). */
int ptc_idle(void *unused);
/* A child that exits at once with code = (intptr_t)arg. */
int ptc_exit_tracee(void *code);
/* A child that raises sig = (intptr_t)arg, then exits 0. */
int ptc_raise_tracee(void *sig);

/* A one-way gate between two processes (a pipe): the waiting side blocks
 * until the other opens it. Create before fork. */
struct ptc_gate {
	int rd, wr;
};
void ptc_gate_init(struct ptc_gate *g);
void ptc_gate_open(struct ptc_gate *g);	/* let the waiter through */
void ptc_gate_wait(struct ptc_gate *g);	/* block until opened */
/* Wait for a gate only an already forked child opens: this side's write
 * end is closed first, so the child's death fails the wait instead of
 * leaving it hanging. */
void ptc_gate_wait_child(struct ptc_gate *g);
void ptc_gate_close(struct ptc_gate *g);

/* Let any process trace the caller, as Yama's ptrace_scope 1 would refuse a
 * tracer that is not an ancestor (a no-op without Yama). The bodies below
 * do it first, for cases whose tracer is a second process of the case. */
void ptc_allow_tracers(void);
/* A child that waits for the gate at arg to open (blocked in read(), which
 * ptc_wait_blocked(.., SYS_read) shows), then exits 0. */
int ptc_wait_gate(void *gate);
/* A child that makes one read() of a byte from the gate at arg and exits 0;
 * a read that fails (EINTR, say) fails the case: a test that the read was
 * restarted, not retried. */
int ptc_read_once(void *gate);
/* A child that runs in user space forever, making no system call; if arg
 * is not NULL it points to a counter in ptc_shared() memory it keeps
 * raising. */
int ptc_spin(void *counter);
/* Bounded poll until such a counter moves past the value it had on entry:
 * the child has been running in user space since then. */
void ptc_wait_progress(volatile unsigned long *counter);
/* Init gate and fork a child running fn(gate) (ptc_wait_gate,
 * ptc_read_once ...); return once it is blocked in read(). Nobody traces
 * it. */
pid_t ptc_fork_blocked(ptc_fn fn, struct ptc_gate *gate);
/* The same, seized by the caller at once (no options). */
pid_t ptc_seize_blocked(ptc_fn fn, struct ptc_gate *gate);

/* Memory shared with every process forked afterwards (tracer and tracees
 * reporting values to each other). Zeroed. */
void *ptc_shared(size_t size);

/* ---- threads (inside a tracee) ---------------------------------------------- */

pid_t ptc_gettid(void);
int ptc_tgkill(pid_t tgid, pid_t tid, int sig);
/* Start a thread running fn(arg) in the calling process; returns its TID
 * once the thread runs. */
pid_t ptc_thread_start(void *(*fn)(void *), void *arg);
/* A thread body that only waits for signals (pause() in a loop). */
void *ptc_idle_thread(void *unused);

/* Run fn(arg) in a new thread of the calling process and poll (bounded)
 * until it has returned (true) or is seen blocked in syscall nr (false:
 * it stays blocked, its tid in *tid). */
bool ptc_thread_returns(void *(*fn)(void *), void *arg, long nr, pid_t *tid);

/* A thread of the calling process that runs functions on request, for
 * cases where the tracer is one thread and another thread of the same
 * process acts. Results come back as a long. */
struct ptc_worker {
	pid_t tid;
	int req[2], resp[2];
};
void ptc_worker_start(struct ptc_worker *w);
long ptc_worker_run(struct ptc_worker *w, long (*fn)(void *), void *arg);
/* End the worker thread; returns once it is gone. */
void ptc_worker_exit(struct ptc_worker *w);

/* ---- a tracee process with commanded threads -------------------------------- */

/* What a thread of a ptc_threads process does when told. */
enum ptc_thread_action {
	PTC_T_EXIT,		/* SYS_exit(code): this thread only */
	PTC_T_EXIT_GROUP,	/* SYS_exit_group(code): the whole process */
	PTC_T_EXEC,		/* exec this program in mode "exit" with code */
	PTC_T_PING,		/* answer: the proof that the thread runs */
	PTC_T_BLOCK,		/* block signal code in this thread alone, then answer */
};

#define PTC_NTHREADS 3		/* threads of a process, leader included, by default */
#define PTC_THREADS_MAX 4

/* Allocate with ptc_shared() (zeroed): both sides read it. Thread 0 is the
 * leader. Each thread sits in read() on its own command pipe and carries
 * out what it is told; nobody traces the threads at first. */
struct ptc_threads {
	/* set by the case before ptc_threads_start */
	int nthreads;		/* leader included, up to PTC_THREADS_MAX; 0: PTC_NTHREADS */
	enum ptc_thread_action action[PTC_THREADS_MAX];	/* for ptc_threads_go */
	int code[PTC_THREADS_MAX];
	/* set by ptc_threads_start */
	pid_t tid[PTC_THREADS_MAX];	/* tid[0] is the TGID */
	int cmd[PTC_THREADS_MAX][2];
	struct ptc_gate ready, reply;
};

/* A ptc_threads of nthreads threads in ptc_shared() memory, not started. */
struct ptc_threads *ptc_threads_new(int nthreads);
/* Fork the process and start its threads; returns the TGID once every
 * thread is blocked in read() on its command pipe. */
pid_t ptc_threads_start(struct ptc_threads *t);
/* ptc_threads_new and ptc_threads_start, then every thread seized with
 * options. */
struct ptc_threads *ptc_threads_seized(int nthreads, unsigned long options);
/* Tell thread i to carry out action with code (an exit code, a signal);
 * for PTC_T_PING and PTC_T_BLOCK, returns once the thread has answered. */
void ptc_threads_command(struct ptc_threads *t, int i, enum ptc_thread_action action, int code);
/* Tell thread i to carry out t->action[i] with t->code[i]. */
void ptc_threads_go(struct ptc_threads *t, int i);
/* PTRACE_SEIZE each listed thread (mask bit i: thread i) with options. */
void ptc_threads_seize(struct ptc_threads *t, unsigned mask, unsigned long options);
/* PTRACE_ATTACH each listed thread, suppressing the SIGSTOP each reports. */
void ptc_threads_attach(struct ptc_threads *t, unsigned mask);

/* ---- /proc -------------------------------------------------------------- */

/* State letter from /proc/<tid>/stat ('R', 'S', 't', 'T', 'Z' ...), 0 if gone. */
char ptc_proc_state(pid_t tid);
/* Syscall number from /proc/<tid>/syscall: -1 "running", -2 unreadable. */
long ptc_proc_syscall(pid_t tid);
/* A field of /proc/<tid>/status as a hex mask (SigPnd, ShdPnd, SigBlk ...):
 * the kernel's sigset layout, bit n-1 for signal n. */
uint64_t ptc_proc_sigmask(pid_t tid, const char *field);
#define PTC_SIGBIT(sig) (1ULL << ((sig) - 1))
/* Is sig in that mask? SigPnd: pending for the thread itself, ShdPnd: for
 * its whole process. */
bool ptc_proc_has_signal(pid_t tid, const char *field, int sig);
/* What /proc shows of tid, for a diagnostic: "state t (tracing stop),
 * wchan ptrace_stop, pending SIGUSR1, shared pending none". */
const char *ptc_proc_describe(pid_t tid, char *buf, size_t len);
/* TracerPid of /proc/<tid>/status: 0 when untraced, -1 when unreadable. */
pid_t ptc_proc_tracer(pid_t tid);
/* The value of a /proc/<tid>/status line ("State", "TracerPid" ...), "" if none. */
const char *ptc_proc_status(pid_t tid, const char *field, char *buf, size_t len);
/* /proc/<tid>/<file> (the thread's own view first) read into buf,
 * NUL-terminated: the byte count, or -1 with errno. */
ssize_t ptc_read_proc(pid_t tid, const char *file, char *buf, size_t len);
/* open("/proc/<pid>/<name>", flags | O_CLOEXEC): a descriptor or -1. */
int ptc_open_proc(pid_t pid, const char *name, int flags);
/* Skip the case on kernels without /proc/<tid>/syscall (user-mode Linux). */
void ptc_require_proc_syscall(void);

/* Bounded polls, no sleeping: call done(arg) until it is true, yielding the
 * CPU in between; false if the case's deadline passed first. */
bool ptc_poll(bool (*done)(void *arg), void *arg);
/* CLOCK_MONOTONIC in seconds. */
double ptc_now(void);
/* Bounded poll until tid's state is one of states. */
void ptc_wait_state(pid_t tid, const char *states);
/* Bounded poll until /proc shows tid untraced (TracerPid 0). */
void ptc_wait_untraced(pid_t tid);
/* Argument i (0-5) of the syscall tid is in or stopped at, from
 * /proc/<tid>/syscall; -1 if there is none. */
long ptc_proc_syscall_arg(pid_t tid, int i);
/* Bounded poll until tid is blocked in syscall nr (/proc/<tid>/syscall). */
void ptc_wait_blocked(pid_t tid, long nr);
/* The same, in the call of nr whose first argument is arg0 (a descriptor,
 * say): tells one read from another. */
void ptc_wait_blocked_on(pid_t tid, long nr, long arg0);

/* Bounded poll until /proc/<tid> is gone. */
void ptc_wait_gone(pid_t tid);
/* ---- privileges ------------------------------------------------------------ */

/* Credentials a process switches to (from root). */
struct ptc_ids {
	uid_t ruid, euid, suid;
	gid_t rgid, egid, sgid;
};
#define PTC_IDS(u, g) ((struct ptc_ids){ (u), (u), (u), (g), (g), (g) })

/* Switch the calling process (root) to ids: supplementary groups dropped;
 * with keep_caps the permitted capabilities survive the uid change. The
 * dumpable flag, which a uid change clears, is set back to 1: a real
 * user's processes are dumpable, and the caller's own children stay
 * attachable. */
void ptc_set_ids(const struct ptc_ids *ids, bool keep_caps);
/* Remove cap from the calling process's effective, permitted and
 * inheritable sets. */
void ptc_drop_capability(int cap);

/* The unprivileged uid/gid permission cases switch to. */
#define PTC_UNPRIVILEGED_ID 65534
/* Drop every privilege of the calling process (needs root to start with):
 * ptc_set_ids to PTC_UNPRIVILEGED_ID, no capabilities kept. */
void ptc_become_unprivileged(void);

/* ---- stops ------------------------------------------------------------- */

/* Wait (in this run's flavour, with __WALL and the deadline) for the next
 * report of pid (-1: any) and check it is the one wanted. The message on
 * mismatch speaks ptrace: "expected PTRACE_EVENT_STOP(SIGSTOP), got
 * signal-delivery-stop SIGSTOP (status 0x137f)". */
struct ptc_stop ptc_expect_stop(const char *file, int line, pid_t pid, struct ptc_want want);
/* Check a report already waited for. */
bool ptc_check_stop(const char *file, int line, bool fatal, const struct ptc_stop *got,
		    struct ptc_want want);

#define ASSERT_STOP(pid, ...) \
	ptc_expect_stop(__FILE__, __LINE__, pid, (struct ptc_want){ __VA_ARGS__ })
#define ASSERT_SIGNAL_STOP(pid, s) ASSERT_STOP(pid, .kind = PTC_SIGNAL_STOP, .sig = (s))
#define ASSERT_GROUP_STOP(pid, s) ASSERT_STOP(pid, .kind = PTC_GROUP_STOP, .sig = (s))
#define ASSERT_EVENT_STOP(pid, ev, s) \
	ASSERT_STOP(pid, .kind = PTC_EVENT_STOP, .event = (ev), .sig = (s))
#define ASSERT_SYSCALL_STOP(pid) ASSERT_STOP(pid, .kind = PTC_SYSCALL_STOP)
#define ASSERT_EXITED(pid, c) ASSERT_STOP(pid, .kind = PTC_EXITED, .code = (c))
#define ASSERT_KILLED(pid, s) ASSERT_STOP(pid, .kind = PTC_KILLED, .sig = (s))
#define EXPECT_STOP_IS(got, ...) \
	ptc_check_stop(__FILE__, __LINE__, false, got, (struct ptc_want){ __VA_ARGS__ })
#define ASSERT_STOP_IS(got, ...) \
	ptc_check_stop(__FILE__, __LINE__, true, got, (struct ptc_want){ __VA_ARGS__ })

#endif
