// SPDX-License-Identifier: GPL-2.0
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/uio.h>

#include "ptc.h"
#include "access.h"

static long secret = 0x5ec7e7;
static struct ptc_gate ready;

static long read_secret(pid_t pid)
{
	long got = 0;
	struct iovec local = { &got, sizeof(got) }, remote = { &secret, sizeof(secret) };

	if (process_vm_readv(pid, &local, 1, &remote, 1, 0) != (ssize_t)sizeof(got))
		return -errno;
	return got;
}

static void *from_thread(void *arg)
{
	EXPECT_EQ(read_secret(getpid()), secret);
	return NULL;
}

static int nondumpable(void *arg)
{
	pthread_t t;

	ptc_become_unprivileged();
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	/* Its own threads pass the check that a non-dumpable process fails. */
	EXPECT_EQ(read_secret(getpid()), secret);
	EXPECT_EQ(pthread_create(&t, NULL, from_thread, NULL), 0);
	EXPECT_EQ(pthread_join(t, NULL), 0);
	ptc_gate_open(&ready);
	return ptc_idle(NULL);
}

static int same_user_reads(void *arg)
{
	ptc_become_unprivileged();
	EXPECT_EQ(read_secret(*(pid_t *)arg), -EPERM);
	return 0;
}

PTC_CASE(
	.claim = "Threads of one thread group always pass the ptrace access check: a non-dumpable "
		 "process reads its own memory with process_vm_readv, from any of its threads, "
		 "while another process of the same user gets EPERM",
	.man = "Ptrace access mode checking",
	.spec = "C303 C305",
	.needs = "root",
)
{
	pid_t target, other;

	ptc_gate_init(&ready);
	target = ptc_fork(nondumpable, NULL);
	ptc_gate_wait(&ready);
	other = ptc_fork(same_user_reads, &target);
	ASSERT_EXITED(other, 0);
}
