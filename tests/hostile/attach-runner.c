// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: attaches to the process above its supervisor (the
 * runner, when cases share its PID namespace) and leaves it stopped. */
#include <fcntl.h>

#include "ptc.h"

PTC_CASE(.claim = "hostile: PTRACE_ATTACH to the runner")
{
	char path[64], line[128];
	pid_t runner = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", getppid());
	f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "PPid: %d", &runner) == 1)
			break;
	if (f)
		fclose(f);
	if (runner > 0)
		PTRACE(PTRACE_ATTACH, runner, 0, 0);
	/* Where isolation works there is no runner to see. */
	EXPECT_EQ(runner, 0);
}
