// SPDX-License-Identifier: GPL-2.0
/* Start lines, CPU pinning and exec races (see races.h). */
#include <poll.h>

#include "ptc.h"
#include "races.h"
#include "reexec.h"

void ptc_spin_wait(volatile int *flag)
{
	double give_up = ptc_now() + ptc_deadline_seconds();

	for (unsigned long i = 1; !__atomic_load_n(flag, __ATOMIC_ACQUIRE); i++)
		if (!(i & 0xfffff) && ptc_now() > give_up)
			ptc_timeout("a start line was never released");
}

void ptc_spin_release(volatile int *flag)
{
	__atomic_store_n(flag, 1, __ATOMIC_RELEASE);
}

void ptc_spin_for(unsigned long n)
{
	for (volatile unsigned long i = 0; i < n; i++)
		;
}

void ptc_pin_cpu(int which)
{
	static cpu_set_t allowed;
	static int n = -1;
	cpu_set_t one;
	int seen = 0;

	if (n < 0) {
		if (sched_getaffinity(0, sizeof(allowed), &allowed) == -1)
			return;
		n = CPU_COUNT(&allowed);
	}
	if (n <= 0)
		return;
	for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &allowed) && seen++ == which % n) {
			CPU_ZERO(&one);
			CPU_SET(cpu, &one);
			sched_setaffinity(0, sizeof(one), &one);
			return;
		}
}

bool ptc_readable(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	return poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLIN | POLLHUP));
}

void ptc_wait_readable(int fd, const char *what)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	while (poll(&pfd, 1, (int)(ptc_deadline_seconds() * 1000)) == -1 && errno == EINTR)
		;
	if (!(pfd.revents & (POLLIN | POLLHUP)))
		ptc_timeout("%s did not happen within %gs", what, ptc_deadline_seconds());
}

bool ptc_settle_attached(pid_t pid)
{
	double give_up = ptc_now() + ptc_deadline_seconds();
	int status;
	pid_t r;

	for (;;) {
		char s = ptc_proc_state(pid);

		/* Only a stopped (or dead) task can have a report: no trace flood. */
		r = strchr("tTZX", s ?: 'X') ? ptc_wait(pid, &status, __WALL | WNOHANG) : 0;
		if (r == pid) {
			if (!WIFSTOPPED(status))
				PTC_FAIL(true, "pid %d: unexpected report %#x after attach", pid, status);
			/* Other stops may come before the attach SIGSTOP (an exec's
			 * SIGTRAP, say): suppress them and go on until it comes, or
			 * the SIGSTOP would stop the detached task for good. */
			if (WSTOPSIG(status) == SIGSTOP) {
				if (PTRACE(PTRACE_DETACH, pid, 0, 0) == -1 && errno != ESRCH)
					PTC_FAIL(true, "PTRACE_DETACH(%d): %s", pid,
						 ptc_errno_name(errno));
				return true;
			}
			if (PTRACE(PTRACE_CONT, pid, 0, 0) == -1 && errno != ESRCH)
				PTC_FAIL(true, "PTRACE_CONT(%d): %s", pid, ptc_errno_name(errno));
			continue;
		}
		if (ptc_proc_tracer(pid) != getpid())
			return false;
		if (ptc_now() > give_up)
			ptc_timeout("pid %d, attached, neither stopped nor went away", pid);
		sched_yield();
	}
}

static void *exec_race_thread(void *p)
{
	struct ptc_exec_race *race = p;
	char fd[16];

	snprintf(fd, sizeof(fd), "%d", race->note_fd);
	if (race->ready)
		ptc_spin_release(race->ready);
	if (race->go)
		ptc_spin_wait(race->go);
	ptc_exec_opened("announce", fd);
	PTC_FAIL(true, "execveat of this program: %s", ptc_errno_name(errno));
	return NULL;
}

int ptc_exec_from_thread(void *race)
{
	ptc_thread_start(exec_race_thread, race);
	return ptc_idle(NULL);
}
