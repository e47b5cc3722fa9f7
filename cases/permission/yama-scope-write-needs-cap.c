// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <linux/capability.h>

#include "ptc.h"
#include "access.h"

static int write_without_cap(void *arg)
{
	char buf[8];
	int len = snprintf(buf, sizeof(buf), "%d\n", *(int *)arg);
	int fd;

	ptc_drop_capability(CAP_SYS_PTRACE);
	fd = open("/proc/sys/kernel/yama/ptrace_scope", O_WRONLY | O_CLOEXEC);
	ASSERT_TRUE(fd >= 0);
	/* The value it already has: even a wrong success changes nothing. */
	EXPECT_ERRNO(write(fd, buf, (size_t)len), EPERM);
	close(fd);
	return 0;
}

PTC_CASE(
	.claim = "Writing Yama's ptrace_scope needs CAP_SYS_PTRACE: root without it gets EPERM",
	.man = "Ptrace access mode checking (Yama)",
	.spec = "C308",
	.needs = "root",
)
{
	int scope = ptc_yama_scope();
	pid_t pid;

	if (scope < 0)
		ptc_skip("no Yama: /proc/sys/kernel/yama/ptrace_scope is absent");
	pid = ptc_fork(write_without_cap, &scope);
	ASSERT_EXITED(pid, 0);
	EXPECT_EQ(ptc_yama_scope(), scope);
}
