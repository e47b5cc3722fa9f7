// SPDX-License-Identifier: GPL-2.0
#include <dirent.h>

#include "ptc.h"

#define PF_KTHREAD 0x00200000

/* A kernel thread visible here: flags (field 9 of stat) with PF_KTHREAD. */
static pid_t find_kernel_thread(void)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	pid_t found = 0;

	if (!d)
		return 0;
	while (!found && (e = readdir(d))) {
		char path[300], buf[1024], *p;
		unsigned long flags;
		FILE *f;

		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		p = fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL;
		fclose(f);
		if (p && sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %lu", &flags) == 1 &&
		    (flags & PF_KTHREAD))
			found = atoi(e->d_name);
	}
	closedir(d);
	return found;
}

PTC_CASE(
	.claim = "ATTACH and SEIZE of a kernel thread fail with EPERM",
	.man = "ERRORS; PTRACE_ATTACH",
	.spec = "C147 C299",
	.needs = "root",
)
{
	pid_t kthread = find_kernel_thread();

	if (!kthread)
		ptc_skip("no kernel thread is visible in this PID namespace");
	ptc_log("kernel thread %d", kthread);
	EXPECT_ERRNO(PTRACE(PTRACE_ATTACH, kthread, 0, 0), EPERM);
	EXPECT_ERRNO(PTRACE(PTRACE_SEIZE, kthread, 0, 0), EPERM);
}
