// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static pid_t leader;

static void *attach_leader(void *arg)
{
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, leader, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, leader, 0, 0), EPERM);
	return ptc_idle_thread(NULL);
}

static struct ptc_gate done;

static void *attach_sibling(void *arg)
{
	pid_t sibling = *(pid_t *)arg;

	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, sibling, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, sibling, 0, 0), EPERM);
	ptc_gate_open(&done);
	return ptc_idle_thread(NULL);
}

PTC_CASE(
	.claim = "No thread can attach to another thread of its own thread group: a thread "
		 "attaching to the leader, the leader to a thread, or a thread to a sibling all "
		 "get EPERM from ATTACH and SEIZE",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C146 C303",
)
{
	pid_t a, b;

	leader = getpid();
	ptc_gate_init(&done);
	ptc_thread_start(attach_leader, NULL);
	a = ptc_thread_start(ptc_idle_thread, NULL);
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, a, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, a, 0, 0), EPERM);
	b = ptc_thread_start(attach_sibling, &a);
	(void)b;
	ptc_gate_wait(&done);
}
