// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>

#include "ptc.h"
#include "exec.h"

static int exec_copy(void *fd)
{
	ptc_exec_fd(*(int *)fd, "euid", 0);
	return 1;
}

PTC_CASE(
	.claim = "A tracee traced by an unprivileged tracer that execs a set-user-ID-root program "
		 "runs it without the privilege: its effective UID stays its own, where the same "
		 "program run untraced gets UID 0",
	.man = "execve(2) under ptrace; ERRORS",
	.spec = "C299",
	.needs = "root",
)
{
	int fd = ptc_copy_self(04755, O_RDONLY);
	struct ptc_stop st;
	pid_t pid;

	ptc_become_unprivileged();
	/* Untraced, the copy really makes its caller root here. */
	st = ptc_next_stop(ptc_fork(exec_copy, &fd));
	if (st.kind == PTC_EXITED && st.code == (PTC_UNPRIVILEGED_ID & 0xff))
		ptc_skip("set-user-ID programs do not gain privilege here even untraced");
	ASSERT_STOP_IS(&st, .kind = PTC_EXITED, .code = 0);
	pid = ptc_start(PTC_SEIZE, 0, exec_copy, &fd);
	ASSERT_EXITED(pid, PTC_UNPRIVILEGED_ID & 0xff);
}
