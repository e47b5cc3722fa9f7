// SPDX-License-Identifier: GPL-2.0
#include <dirent.h>

#include "ptc.h"
#include "exec.h"

PTC_CASE(
	.claim = "At the PTRACE_EVENT_EXEC stop of a non-leader exec, the process has exactly one "
		 "thread left, whose TID is the TGID",
	.man = "execve(2) under ptrace",
	.spec = "C288 C283",
)
{
	struct ptc_threads *t = ptc_threads_new(PTC_NTHREADS);
	struct ptc_mt_exec r;
	char path[64];
	struct dirent *e;
	int n = 0;
	pid_t tgid;
	DIR *d;

	tgid = ptc_mt_exec(t, &r, 5, true);
	ASSERT_STOP_IS(&r.leader_after, .kind = PTC_EVENT_STOP, .event = PTRACE_EVENT_EXEC,
		       .sig = SIGTRAP);
	snprintf(path, sizeof(path), "/proc/%d/task", tgid);
	d = opendir(path);
	ASSERT_TRUE(d != NULL);
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') {
			n++;
			EXPECT_EQ(atoi(e->d_name), tgid);
		}
	closedir(d);
	EXPECT_EQ(n, 1);
}
