// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

static struct ptc_gate done;

static void *attach_self(void *arg)
{
	pid_t me = ptc_gettid();

	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, me, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, me, 0, 0), EPERM);
	ptc_gate_open(&done);
	return ptc_idle_thread(NULL);
}

PTC_CASE(
	.claim = "A thread that is not the leader cannot attach to itself: ATTACH and SEIZE of "
		 "its own TID fail with EPERM",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C146",
)
{
	ptc_gate_init(&done);
	ptc_thread_start(attach_self, NULL);
	ptc_gate_wait(&done);
}
