// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "ptc.h"

#define ROUNDS 50

static char stack1[16 * 1024] __attribute__((aligned(16)));
static char stack2[16 * 1024] __attribute__((aligned(16)));

static int pause_forever(void *arg)
{
	for (;;)
		pause();
	return 0;
}

static int dump_core(void *arg)
{
	/* A core-dumping signal (whatever disposition we inherited). */
	signal(SIGQUIT, SIG_DFL);
	kill((pid_t)syscall(SYS_getpid), SIGQUIT);
	return 0;
}

/* Trace a CLONE_VM sibling, make another CLONE_VM child dump core, and
 * detach the traced one meanwhile; then clean up after the dumper. */
static int vm_family(void *arg)
{
	pid_t traced, dumper;
	int status;

	ptc_no_coredump();
	traced = clone(pause_forever, stack1 + sizeof(stack1), CLONE_VM | SIGCHLD, NULL);
	ASSERT_GT(traced, 0);
	ASSERT_OK(PTRACE(PTRACE_ATTACH, traced, 0, 0));
	ASSERT_EQ(ptc_wait(traced, &status, __WALL), traced);
	dumper = clone(dump_core, stack2 + sizeof(stack2), CLONE_VM | SIGCHLD, NULL);
	ASSERT_GT(dumper, 0);
	/* Racing the dump; ESRCH if the dump killed it first (before 5.16). */
	PTRACE(PTRACE_DETACH, traced, 0, 0);
	ASSERT_EQ(ptc_wait(dumper, &status, __WALL), dumper);
	EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGQUIT);
	kill(traced, SIGKILL);
	ASSERT_EQ(ptc_wait(traced, &status, __WALL), traced);
	return 0;
}

static bool core_pattern_is_pipe(void)
{
	char c = 0;
	int fd = open("/proc/sys/kernel/core_pattern", O_RDONLY | O_CLOEXEC);

	if (fd >= 0) {
		if (read(fd, &c, 1) != 1)
			c = 0;
		close(fd);
	}
	return c == '|';
}

PTC_CASE(
	.claim = "PTRACE_DETACH of a task racing a core dump started by another process sharing "
		 "its mm (CLONE_VM) never crashes or hangs: each round the dumper dies of its "
		 "signal (before 5.16 the dump also killed every other task of the mm) and every "
		 "process is reaped",
	.man = "PTRACE_DETACH; Death under ptrace",
	.spec = "5.H",
	.links = "ptrace-tests clone-get-signal.c; https://bugzilla.redhat.com/312951; "
		 "linux-git:5ecfbae093f0; linux-git:f5b40e363ad6; linux-git:f358166a9405",
	.timeout = "60",
)
{
	int status;

	if (core_pattern_is_pipe())
		ptc_skip("core_pattern is a pipe: this case would start the core helper %d times",
			 ROUNDS);
	/* The clone children are orphaned to us when their parent dies. */
	ASSERT_OK(prctl(PR_SET_CHILD_SUBREAPER, 1));
	for (int round = 0; round < ROUNDS; round++) {
		pid_t family = ptc_fork(vm_family, NULL);
		struct ptc_stop st = ptc_next_stop(family);

		/* Killed with the mm before 5.16, else done cleaning up. */
		if (st.kind != PTC_KILLED)
			EXPECT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
		/* Whatever it left behind was orphaned to us. */
		while (ptc_wait(-1, &status, __WALL) > 0)
			;
		ASSERT_EQ(errno, ECHILD);
	}
}
