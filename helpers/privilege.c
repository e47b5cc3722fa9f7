// SPDX-License-Identifier: GPL-2.0
/* Dropping privileges for permission cases. */
#include <grp.h>
#include <sys/prctl.h>

#include "../harness/ptc.h"

void ptc_become_unprivileged(void)
{
	if (setgroups(0, NULL) == -1 ||
	    setresgid(PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID) == -1 ||
	    setresuid(PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID) == -1)
		PTC_FAIL(true, "dropping privileges: %s", ptc_errno_name(errno));
	/* A uid change clears the dumpable flag, which would make this
	 * process's own children unattachable; a real unprivileged user's
	 * processes are dumpable. */
	prctl(PR_SET_DUMPABLE, 1);
}
