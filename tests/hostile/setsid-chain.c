// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: a chain of three setsid() processes with their
 * descriptors closed, then SIGKILL from the body to its own supervisor. */
#include "ptc.h"

PTC_CASE(.claim = "hostile: setsid chain, then kill the supervisor")
{
	if (fork() == 0) {
		/* Each link starts a session of its own and forks the next. */
		for (int depth = 1; depth < 3 && fork() == 0; depth++)
			;
		setsid();
		for (int fd = 0; fd < 1024; fd++)
			close(fd);
		for (;;)
			pause();
	}
	kill(getppid(), SIGKILL);
	ASSERT_TRUE(1);
}
