// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "exec.h"

static char path[64];
static int fd = -1;

static void *open_mem(void *arg)
{
	fd = open(path, O_RDONLY | O_CLOEXEC);
	return NULL;
}

PTC_CASE(
	.claim = "An exec whose other thread did PTRACE_TRACEME and exited waits in de_thread "
		 "until the tracer reaps that zombie; meanwhile the tracer can open the process's "
		 "/proc/PID/mem without blocking (no deadlock on the exec's credential lock), and "
		 "once it reaps the zombie the exec completes",
	.man = "execve(2) under ptrace; NOTES",
	.spec = "5.D21",
	.links = "tools/testing/selftests/ptrace/vmaccess.c (vmaccess), added with the 5.7 "
		 "exec_update_mutex series that moved /proc/PID/mem off the credential lock",
)
{
	pid_t zombie, pid = ptc_exec_behind_traced_zombie(&zombie);
	pid_t opener;

	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	if (!ptc_thread_returns(open_mem, NULL, SYS_openat, &opener))
		PTC_FAIL(true, "opening %s blocks while the exec waits for the zombie", path);
	EXPECT_GE(fd, 0);
	/* Reaping the zombie thread lets the exec finish: "exit 0". */
	ASSERT_EXITED(zombie, 0);
	ASSERT_EXITED(pid, 0);
}
