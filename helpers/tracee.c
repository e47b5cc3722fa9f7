// SPDX-License-Identifier: GPL-2.0
/* Starting children and tracees, and the small sync primitives between a
 * tracer and its tracees. */
#include <fcntl.h>
#include <sys/mman.h>

#include "../harness/ptc.h"

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
