// SPDX-License-Identifier: GPL-2.0
#include <grp.h>
#include <sys/syscall.h>

#include "lifecycle.h"

#define OTHER_UID 1000

struct ids {
	uid_t ruid, euid;
};

static int unprivileged_target(void *gate)
{
	ptc_become_unprivileged();
	return lc_wait_gate(gate);
}

/* Start a target of its own running as the unprivileged user, take the
 * given real and effective uid (which leaves no capability), and try
 * PTRACE_ATTACH. Exit code: 0 on success, else the errno. */
static int attach_as(void *arg)
{
	const struct ids *ids = arg;
	struct ptc_gate gate;
	pid_t target;

	ptc_gate_init(&gate);
	target = ptc_fork(unprivileged_target, &gate);
	ptc_wait_blocked(target, SYS_read);
	if (setgroups(0, NULL) == -1 ||
	    setresgid(PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID) == -1 ||
	    setresuid(ids->ruid, ids->euid, ids->euid) == -1)
		PTC_FAIL(true, "changing ids: %s", ptc_errno_name(errno));
	if (PTRACE(PTRACE_ATTACH, target, 0, 0) == -1)
		return errno;
	return 0;
}

PTC_CASE(
	.claim = "The permission check of PTRACE_ATTACH compares the caller's real uid, not its "
		 "effective one, with the target's: a caller whose effective uid alone matches gets "
		 "EPERM, one whose real uid alone matches may attach",
	.man = "PTRACE_ATTACH; Ptrace access mode checking",
	.spec = "C145 C304",
	.needs = "root",
)
{
	struct ids effective_matches = { OTHER_UID, PTC_UNPRIVILEGED_ID };
	struct ids real_matches = { PTC_UNPRIVILEGED_ID, OTHER_UID };

	ASSERT_EXITED(ptc_fork(attach_as, &effective_matches), EPERM);
	ASSERT_EXITED(ptc_fork(attach_as, &real_matches), 0);
}
