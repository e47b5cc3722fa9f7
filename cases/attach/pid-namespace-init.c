// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

struct pidns {
	pid_t init;		/* its pid here, outside the namespace */
	pid_t init_saw;		/* getpid() inside */
	int unshare_errno;
	struct ptc_gate created, go;
};

static struct pidns *ns;

static int namespace_init(void *unused)
{
	(void)unused;
	ns->init_saw = getpid();
	return ptc_wait_gate(&ns->go);
}

/* The real parent: its next child is the init of a new PID namespace,
 * which it reaps. */
static int make_namespace(void *unused)
{
	(void)unused;
	if (unshare(CLONE_NEWPID) == -1) {
		ns->unshare_errno = errno;
		ptc_gate_open(&ns->created);
		return 0;
	}
	ns->init = ptc_fork(namespace_init, NULL);
	ptc_gate_open(&ns->created);
	ASSERT_EXITED(ns->init, 0);
	return 0;
}

PTC_CASE(
	.claim = "The init of a PID namespace (one the case created) can be attached by a "
		 "privileged tracer outside the namespace that is not its parent: the attach gives "
		 "the usual SIGSTOP signal-delivery-stop, TracerPid names the tracer, and after "
		 "PTRACE_DETACH suppressing the SIGSTOP the init runs on to exit",
	.man = "PTRACE_ATTACH; Attaching and detaching",
	.spec = "C143 C166",
	.needs = "root",
	.variants = "wait",
	.links = "gVisor ptrace.cc: TEST(PtraceTest, TraceNonDescendantWithCapabilityAllowed); "
		 "ptrace-tests: pid-namespace",
)
{
	char nspid[64];
	const char *inner;
	pid_t parent, pid;

	ns = ptc_shared(sizeof(*ns));
	ptc_gate_init(&ns->created);
	ptc_gate_init(&ns->go);
	parent = ptc_fork(make_namespace, NULL);
	ptc_gate_wait_child(&ns->created);
	if (ns->unshare_errno)
		ptc_skip("unshare(CLONE_NEWPID): %s", ptc_errno_name(ns->unshare_errno));
	pid = ns->init;
	/* Only the init the case made, never this namespace's own init. */
	ASSERT_GT(pid, 1);
	ptc_wait_blocked(pid, SYS_read);
	EXPECT_EQ(ns->init_saw, 1);
	/* NSpid: its pid in each namespace, outermost first, 1 last. */
	ptc_proc_status(pid, "NSpid", nspid, sizeof(nspid));
	ptc_trace("pid %d: NSpid %s", pid, nspid);
	inner = strrchr(nspid, '\t');
	ASSERT_TRUE(inner != NULL && strcmp(inner + 1, "1") == 0);

	ASSERT_OK(PTRACE(PTRACE_ATTACH, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	EXPECT_EQ(ptc_proc_tracer(pid), getpid());
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ptc_wait_untraced(pid);
	ptc_gate_open(&ns->go);
	ASSERT_EXITED(parent, 0);
}
