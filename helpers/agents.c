// SPDX-License-Identifier: GPL-2.0
/* Agents: processes running ptrace and prctl commands sent over a pipe,
 * and the Yama checks built on them (see agents.h). */
#include <fcntl.h>
#include <linux/membarrier.h>
#include <poll.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "access.h"
#include "agents.h"
#include "reexec.h"

/* True in an image started by PTC_AGENT_EXEC or PTC_AGENT_THREAD_EXEC: the
 * harness's shared state belongs to the image before exec, so nothing
 * here may log or check through it; ptrace and wait go straight to libc. */
static bool exec_image;

/* The bound of an agent's own polls, the case's deadline before an exec;
 * after one the supervisor's deadline still ends the whole case. */
#define AGENT_POLL_SECONDS (exec_image ? 60 : ptc_deadline_seconds())

static void agent_serve(int cmd, int resp, bool announce) __attribute__((noreturn));

/* Runs before reexec.c's constructor (a lower priority number runs first):
 * an exec'd agent goes on serving commands on the descriptors in argv. */
__attribute__((constructor(200))) static void agent_exec_target(int argc, char **argv, char **envp)
{
	int cmd, resp;

	(void)envp;
	if (argc < 4 || !argv || strcmp(argv[1], PTC_EXEC_MARK) != 0 ||
	    strcmp(argv[2], "agent") != 0)
		return;
	exec_image = true;
	if (sscanf(argv[3], "%d,%d", &cmd, &resp) != 2)
		_exit(127);
	/* An unprivileged exec of a program the user cannot read would leave
	 * the agent non-dumpable, hence unattachable: agents stand for
	 * ordinary user programs. */
	prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
	agent_serve(cmd, resp, true);
}

struct agent_msg {
	int op;
	long arg;
};

/* ptrace and wait of an agent: logged through the harness in the case's own
 * image, straight to libc in an exec'd one. */
static long agent_ptrace(long req, pid_t pid, unsigned long addr, unsigned long data)
{
	if (exec_image) {
		errno = 0;
		return ptrace(req, pid, addr, data);
	}
	return PTRACE(req, pid, addr, data);
}

static pid_t agent_wait(pid_t pid, int *status)
{
	pid_t r;

	if (!exec_image)
		return ptc_wait(pid, status, __WALL);
	while ((r = waitpid(pid, status, __WALL)) == -1 && errno == EINTR)
		;
	return r;
}

static long agent_attach(pid_t target, bool keep)
{
	int status;

	if (agent_ptrace(PTRACE_ATTACH, target, 0, 0) == -1)
		return errno;
	if (agent_wait(target, &status) != target || !WIFSTOPPED(status) ||
	    WSTOPSIG(status) != SIGSTOP)
		return EPROTO;
	if (agent_ptrace(keep ? PTRACE_CONT : PTRACE_DETACH, target, 0, 0) == -1)
		return errno;
	return 0;
}

/* Stop a tracee kept by ATTACH_KEEP, use it (PEEKDATA and /proc/<pid>/mem
 * at the start of its first mapping), then detach it. */
static long agent_check_tracee(pid_t target)
{
	char line[128];
	unsigned long start = 0, word;
	int status, fd;
	ssize_t n;

	if (syscall(SYS_tgkill, target, target, SIGSTOP) == -1)
		return errno;
	if (agent_wait(target, &status) != target || !WIFSTOPPED(status))
		return EPROTO;
	n = ptc_read_proc(target, "maps", line, sizeof(line));
	if (n < 0)
		return errno;
	if (sscanf(line, "%lx-", &start) != 1)
		return EPROTO;
	errno = 0;
	if (agent_ptrace(PTRACE_PEEKDATA, target, start, 0) == -1 && errno)
		return errno;
	fd = ptc_open_proc(target, "mem", O_RDONLY);
	if (fd < 0)
		return errno;
	n = pread(fd, &word, sizeof(word), (off_t)start);
	close(fd);
	if (n != sizeof(word))
		return n < 0 ? errno : EPROTO;
	if (agent_ptrace(PTRACE_DETACH, target, 0, 0) == -1)
		return errno;
	return 0;
}

/* The agent's second thread: runs the ops sent down its own pipe. */
struct agent_thread {
	int cmd[2], done[2];
	int agent_cmd, agent_resp;
	pid_t tid;
};

static void *agent_thread_main(void *p)
{
	struct agent_thread *t = p;
	struct agent_msg m;
	char arg[32];
	long r;

	t->tid = (pid_t)syscall(SYS_gettid);
	if (write(t->done[1], &(long){ t->tid }, sizeof(long)) != sizeof(long))
		_exit(125);
	while (read(t->cmd[0], &m, sizeof(m)) == sizeof(m)) {
		switch (m.op) {
		case PTC_AGENT_THREAD_PTRACER:
			r = prctl(PR_SET_PTRACER, m.arg, 0, 0, 0) == -1 ? errno : 0;
			break;
		case PTC_AGENT_THREAD_EXIT:
			syscall(SYS_exit, 0);
			__builtin_unreachable();
		case PTC_AGENT_THREAD_EXEC:
			snprintf(arg, sizeof(arg), "%d,%d", t->agent_cmd, t->agent_resp);
			ptc_exec_opened("agent", arg);
			r = errno;
			break;
		default:
			r = EINVAL;
		}
		if (write(t->done[1], &r, sizeof(r)) != sizeof(r))
			_exit(125);
	}
	return NULL;
}

static bool task_gone(pid_t tid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/self/task/%d", tid);
	return access(path, F_OK) == -1 && errno == ENOENT;
}

static void agent_serve(int cmd, int resp, bool announce)
{
	static struct agent_thread thread = { .tid = 0 };
	struct agent_msg m;
	pthread_t pt;
	double give_up;
	char arg[32];
	long r;

	thread.agent_cmd = cmd;
	thread.agent_resp = resp;
	if (announce) {
		r = getpid();
		if (write(resp, &r, sizeof(r)) != sizeof(r))
			_exit(125);
	}
	while (read(cmd, &m, sizeof(m)) == sizeof(m)) {
		switch (m.op) {
		case PTC_AGENT_ATTACH:
		case PTC_AGENT_ATTACH_KEEP:
			r = agent_attach((pid_t)m.arg, m.op == PTC_AGENT_ATTACH_KEEP);
			break;
		case PTC_AGENT_CHECK_TRACEE:
			r = agent_check_tracee((pid_t)m.arg);
			break;
		case PTC_AGENT_PTRACER:
			r = prctl(PR_SET_PTRACER, m.arg, 0, 0, 0) == -1 ? errno : 0;
			break;
		case PTC_AGENT_THREAD:
			if (pipe(thread.cmd) == -1 || pipe(thread.done) == -1 ||
			    pthread_create(&pt, NULL, agent_thread_main, &thread) != 0 ||
			    read(thread.done[0], &r, sizeof(r)) != sizeof(r))
				r = -1;
			break;
		case PTC_AGENT_THREAD_PTRACER:
		case PTC_AGENT_THREAD_EXEC:
			if (write(thread.cmd[1], &m, sizeof(m)) != sizeof(m) ||
			    read(thread.done[0], &r, sizeof(r)) != sizeof(r))
				r = -1;
			/* After a successful THREAD_EXEC this process image is
			 * gone: the new one announces itself on resp. */
			break;
		case PTC_AGENT_THREAD_EXIT:
			if (write(thread.cmd[1], &m, sizeof(m)) != sizeof(m)) {
				r = -1;
				break;
			}
			give_up = ptc_now() + AGENT_POLL_SECONDS;
			while (!task_gone(thread.tid) && ptc_now() < give_up)
				sched_yield();
			r = task_gone(thread.tid) ? 0 : ETIMEDOUT;
			break;
		case PTC_AGENT_EXEC:
			snprintf(arg, sizeof(arg), "%d,%d", cmd, resp);
			ptc_exec_opened("agent", arg);
			r = errno;
			break;
		case PTC_AGENT_FORK:
			r = fork();
			if (r == 0)
				for (;;)
					pause();
			break;
		case PTC_AGENT_GETPID:
			r = getpid();
			break;
		default:
			r = EINVAL;
		}
		if (write(resp, &r, sizeof(r)) != sizeof(r))
			_exit(125);
	}
	_exit(0);
}

void ptc_agent_start(struct ptc_agent *a, bool unprivileged)
{
	int cmd[2], resp[2];

	ptc_exec_prepare();
	/* No O_CLOEXEC: the agent's ends survive its exec. */
	if (pipe(cmd) == -1 || pipe(resp) == -1)
		PTC_FAIL(true, "pipe: %s", ptc_errno_name(errno));
	fflush(NULL);
	a->pid = fork();
	if (a->pid < 0)
		PTC_FAIL(true, "fork: %s", ptc_errno_name(errno));
	if (a->pid == 0) {
		close(cmd[1]);
		close(resp[0]);
		if (unprivileged && geteuid() == 0)
			ptc_become_unprivileged();
		agent_serve(cmd[0], resp[1], false);
	}
	ptc_trace("agent %d started%s", a->pid, unprivileged ? " (unprivileged)" : "");
	close(cmd[0]);
	close(resp[1]);
	a->cmd = cmd[1];
	a->resp = resp[0];
	fcntl(a->cmd, F_SETFD, FD_CLOEXEC);
	fcntl(a->resp, F_SETFD, FD_CLOEXEC);
}

long ptc_agent_call(struct ptc_agent *a, enum ptc_agent_op op, long arg)
{
	static const char *const names[] = {
		[PTC_AGENT_ATTACH] = "ATTACH",	     [PTC_AGENT_ATTACH_KEEP] = "ATTACH_KEEP",
		[PTC_AGENT_CHECK_TRACEE] = "CHECK_TRACEE", [PTC_AGENT_PTRACER] = "PTRACER",
		[PTC_AGENT_THREAD] = "THREAD",	     [PTC_AGENT_THREAD_PTRACER] = "THREAD_PTRACER",
		[PTC_AGENT_THREAD_EXIT] = "THREAD_EXIT", [PTC_AGENT_THREAD_EXEC] = "THREAD_EXEC",
		[PTC_AGENT_EXEC] = "EXEC",		     [PTC_AGENT_FORK] = "FORK",
		[PTC_AGENT_GETPID] = "GETPID",
	};
	struct agent_msg m = { .op = op, .arg = arg };
	struct pollfd pfd = { .fd = a->resp, .events = POLLIN };
	long r;
	int left = (int)(ptc_deadline_seconds() * 1000);

	if (write(a->cmd, &m, sizeof(m)) != sizeof(m))
		PTC_FAIL(true, "agent %d: sending %s: %s", a->pid, names[op], ptc_errno_name(errno));
	while (poll(&pfd, 1, left) == -1 && errno == EINTR)
		;
	if (!(pfd.revents & (POLLIN | POLLHUP)))
		ptc_timeout("agent %d did not answer %s(%ld)", a->pid, names[op], arg);
	if (read(a->resp, &r, sizeof(r)) != sizeof(r))
		PTC_FAIL(true, "agent %d died during %s(%ld)", a->pid, names[op], arg);
	ptc_trace("agent %d: %s(%ld) = %ld", a->pid, names[op], arg, r);
	return r;
}

/* ---- Yama ------------------------------------------------------------------ */

void ptc_yama_pair(struct ptc_agent *tracee, struct ptc_agent *tracer)
{
	/* The case runs under ptc_with_yama_scope(1, ...). */
	ASSERT_EQ(ptc_yama_scope(), 1);
	ptc_agent_start(tracee, true);
	ptc_agent_start(tracer, true);
	/* Scope 1 and no exception: siblings may not attach each other. */
	ASSERT_EQ(ptc_agent_call(tracer, PTC_AGENT_ATTACH, tracee->pid), EPERM);
}

void ptc_rcu_settle(void)
{
	/* MEMBARRIER_CMD_GLOBAL waits for an RCU grace period (synchronize_rcu). */
	syscall(SYS_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0);
	syscall(SYS_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0);
}

void ptc_attach_until_eperm(struct ptc_agent *tracer, pid_t target)
{
	double give_up = ptc_now() + AGENT_POLL_SECONDS;
	long r;

	for (;;) {
		r = ptc_agent_call(tracer, PTC_AGENT_ATTACH, target);
		if (r == EPERM)
			return;
		if (r != 0)
			PTC_FAIL(true, "agent %d: attaching %d gave %s, expected success or EPERM",
				 tracer->pid, target, ptc_errno_name((int)r));
		if (ptc_now() > give_up)
			ptc_timeout("agent %d could still attach %d after %gs", tracer->pid, target,
				    AGENT_POLL_SECONDS);
		ptc_rcu_settle();
	}
}
