// SPDX-License-Identifier: GPL-2.0
/* Starting children and tracees, and the small sync primitives between a
 * tracer and its tracees. */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>

#include "ptc.h"

void ptc_gate_init(struct ptc_gate *g)
{
	int fds[2];

	if (pipe2(fds, O_CLOEXEC) == -1)
		PTC_FAIL(true, "pipe2: %s", ptc_errno_name(errno));
	g->rd = fds[0];
	g->wr = fds[1];
}

void ptc_gate_open(struct ptc_gate *g)
{
	char c = 1;

	while (write(g->wr, &c, 1) == -1 && errno == EINTR)
		;
}

void ptc_gate_wait(struct ptc_gate *g)
{
	char c;
	ssize_t r;

	/* EINTR: a signal (an attach SIGSTOP, say) interrupted the read. */
	while ((r = read(g->rd, &c, 1)) == -1 && errno == EINTR)
		;
	if (r != 1)
		PTC_FAIL(true, "gate closed before it opened");
}

void ptc_gate_wait_child(struct ptc_gate *g)
{
	close(g->wr);
	ptc_gate_wait(g);
}

void ptc_gate_close(struct ptc_gate *g)
{
	close(g->rd);
	close(g->wr);
}

void *ptc_shared(size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		PTC_FAIL(true, "mmap of %zu shared bytes: %s", size, ptc_errno_name(errno));
	return p;
}

int ptc_idle(void *unused)
{
	(void)unused;
	for (;;)
		pause();
}

int ptc_exit_tracee(void *code)
{
	return (int)(intptr_t)code;
}

int ptc_raise_tracee(void *sig)
{
	raise((int)(intptr_t)sig);
	return 0;
}

void ptc_allow_tracers(void)
{
	prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
}

int ptc_wait_gate(void *gate)
{
	ptc_allow_tracers();
	ptc_gate_wait(gate);
	return 0;
}

int ptc_read_once(void *gate)
{
	struct ptc_gate *g = gate;
	char c = 0;

	ptc_allow_tracers();
	EXPECT_EQ(syscall(SYS_read, g->rd, &c, 1), 1);
	return 0;
}

int ptc_spin(void *counter)
{
	volatile unsigned long dummy, *c = counter ? counter : &dummy;

	ptc_allow_tracers();
	for (;;)
		__atomic_add_fetch(c, 1, __ATOMIC_RELAXED);
	return 0;
}

struct progress {
	volatile unsigned long *counter;
	unsigned long from;
};

static bool moved(void *arg)
{
	struct progress *p = arg;

	return __atomic_load_n(p->counter, __ATOMIC_RELAXED) != p->from;
}

void ptc_wait_progress(volatile unsigned long *counter)
{
	struct progress p = { counter, __atomic_load_n(counter, __ATOMIC_RELAXED) };

	if (!ptc_poll(moved, &p))
		ptc_timeout("the spinning child made no progress past %lu", p.from);
	ptc_trace("the spinning child ran on past %lu", p.from);
}

static pid_t fork_logged(void)
{
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		PTC_FAIL(true, "fork: %s", ptc_errno_name(errno));
	if (pid > 0)
		ptc_trace("fork() = %d", pid);
	return pid;
}

pid_t ptc_fork(ptc_fn fn, void *arg)
{
	pid_t pid = fork_logged();

	if (pid == 0)
		_exit(fn(arg));
	return pid;
}

void ptc_no_coredump(void)
{
	struct rlimit none = { 0, 0 };

	setrlimit(RLIMIT_CORE, &none);
}

struct probe {
	ptc_fn fn;
	void *arg;
	int answer;
};

static int probe_main(void *arg)
{
	struct probe *p = arg;

	p->answer = p->fn(p->arg);
	return 0;
}

int ptc_probe(ptc_fn fn, void *arg)
{
	struct probe *p = ptc_shared(sizeof(*p));
	pid_t pid;
	int status;

	*p = (struct probe){ fn, arg, PTC_PROBE_DIED };
	pid = ptc_fork(probe_main, p);
	if (ptc_wait(pid, &status, 0) != pid)
		PTC_FAIL(true, "waiting for probe child %d: %s", pid, ptc_errno_name(errno));
	return p->answer;
}

pid_t ptc_start(enum ptc_how how, unsigned long options, ptc_fn fn, void *arg)
{
	struct ptc_gate gate;
	pid_t pid;

	ptc_gate_init(&gate);
	pid = fork_logged();
	if (pid == 0) {
		if (how == PTC_TRACEME) {
			if (PTRACE(PTRACE_TRACEME, 0, 0, 0) == -1)
				PTC_FAIL(true, "PTRACE_TRACEME: %s", ptc_errno_name(errno));
			raise(SIGSTOP);
		} else {
			ptc_gate_wait(&gate);
		}
		ptc_gate_close(&gate);
		_exit(fn(arg));
	}

	switch (how) {
	case PTC_TRACEME:
		ASSERT_SIGNAL_STOP(pid, SIGSTOP);
		break;
	case PTC_ATTACH:
		ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
		ASSERT_SIGNAL_STOP(pid, SIGSTOP);
		break;
	case PTC_SEIZE:
		ASSERT_OK(PTRACE(PTRACE_SEIZE, pid, 0, options));
		break;
	}
	if (options && how != PTC_SEIZE)
		ASSERT_OK(PTRACE(PTRACE_SETOPTIONS, pid, 0, options));
	/* The child reads the gate after it is resumed (ATTACH) or at once (SEIZE). */
	ptc_gate_open(&gate);
	ptc_gate_close(&gate);
	return pid;
}

pid_t ptc_fork_blocked(ptc_fn fn, struct ptc_gate *gate)
{
	pid_t pid;

	ptc_gate_init(gate);
	pid = ptc_fork(fn, gate);
	ptc_wait_blocked(pid, SYS_read);
	return pid;
}

pid_t ptc_seize_blocked(ptc_fn fn, struct ptc_gate *gate)
{
	pid_t pid;

	ptc_gate_init(gate);
	pid = ptc_start(PTC_SEIZE, 0, fn, gate);
	ptc_wait_blocked(pid, SYS_read);
	return pid;
}
