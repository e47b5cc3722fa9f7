// SPDX-License-Identifier: GPL-2.0
/* Changing credentials and capabilities, for permission cases. */
#include <grp.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "ptc.h"

void ptc_set_ids(const struct ptc_ids *ids, bool keep_caps)
{
	if (keep_caps && prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) == -1)
		PTC_FAIL(true, "PR_SET_KEEPCAPS: %s", ptc_errno_name(errno));
	if (setgroups(0, NULL) == -1 || setresgid(ids->rgid, ids->egid, ids->sgid) == -1 ||
	    setresuid(ids->ruid, ids->euid, ids->suid) == -1)
		PTC_FAIL(true, "switching to uid %d/%d/%d gid %d/%d/%d: %s", ids->ruid, ids->euid,
			 ids->suid, ids->rgid, ids->egid, ids->sgid, ptc_errno_name(errno));
	prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
}

void ptc_become_unprivileged(void)
{
	ptc_set_ids(&PTC_IDS(PTC_UNPRIVILEGED_ID, PTC_UNPRIVILEGED_ID), false);
}

void ptc_drop_capability(int cap)
{
	struct __user_cap_header_struct hdr = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &hdr, data) == -1)
		PTC_FAIL(true, "capget: %s", ptc_errno_name(errno));
	data[cap / 32].effective &= ~(1U << (cap % 32));
	data[cap / 32].permitted &= ~(1U << (cap % 32));
	data[cap / 32].inheritable &= ~(1U << (cap % 32));
	if (syscall(SYS_capset, &hdr, data) == -1)
		PTC_FAIL(true, "capset: %s", ptc_errno_name(errno));
}
