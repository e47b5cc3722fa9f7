// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sys/prctl.h>

#include "ptc.h"
#include "access.h"

static struct ptc_gate unshared, mapped, ready;

/* An unprivileged process makes a user namespace, then switches to a uid
 * of it that maps to an outside uid other than its own. */
static int other_uid_in_own_userns(void *arg)
{
	ptc_become_unprivileged();
	ASSERT_OK(unshare(CLONE_NEWUSER));
	ptc_gate_open(&unshared);
	ptc_gate_wait(&mapped);
	ASSERT_OK(setresuid(1, 1, 1));
	prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
	ptc_gate_open(&ready);
	return ptc_idle(NULL);
}

/* The real uid /proc/<pid>/status shows (as seen from here). */
static long proc_uid(pid_t pid)
{
	char path[64], line[256];
	long uid = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Uid: %ld", &uid) == 1)
			break;
	if (f)
		fclose(f);
	return uid;
}

PTC_CASE(
	.claim = "The owner of a user namespace has CAP_SYS_PTRACE in it: an unprivileged "
		 "process can attach to a process inside the namespace it created although its "
		 "uid differs, while another unprivileged user cannot",
	.man = "Ptrace access mode checking",
	.spec = "C304",
	.needs = "root",
)
{
	static const char map[] = "0 65534 1\n1 100001 1\n";
	struct ptc_ids stranger = PTC_IDS(65533, PTC_UNPRIVILEGED_ID);
	char path[64];
	pid_t target;
	int fd;

	if (!ptc_userns_available(true))
		ptc_skip("cannot create a user namespace without privileges here");
	ptc_gate_init(&unshared);
	ptc_gate_init(&mapped);
	ptc_gate_init(&ready);
	target = ptc_fork(other_uid_in_own_userns, NULL);
	ptc_gate_wait(&unshared);
	snprintf(path, sizeof(path), "/proc/%d/uid_map", target);
	fd = open(path, O_WRONLY | O_CLOEXEC);
	ASSERT_TRUE(fd >= 0);
	ASSERT_EQ(write(fd, map, sizeof(map) - 1), sizeof(map) - 1);
	close(fd);
	ptc_gate_open(&mapped);
	ptc_gate_wait(&ready);
	ASSERT_EQ(proc_uid(target), 100001);

	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_ATTACH, target), 0);
	EXPECT_EQ(ptc_try_attach(ptc_setup_unprivileged, NULL, PTRACE_SEIZE, target), 0);
	EXPECT_EQ(ptc_try_attach(ptc_setup_ids, &stranger, PTRACE_SEIZE, target), EPERM);
}
