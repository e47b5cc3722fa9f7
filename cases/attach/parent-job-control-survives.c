// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

struct shared {
	pid_t child;
};

static struct shared *sh;
static struct ptc_gate forked, go_check, checked, go_cont;

static int stop_self(void *arg)
{
	raise(SIGSTOP);
	/* Continued, it stays: its continued report must not turn into an exit. */
	return ptc_idle(NULL);
}

static int real_parent(void *arg)
{
	siginfo_t si;

	sh->child = ptc_fork(stop_self, NULL);
	ptc_gate_open(&forked);
	ptc_gate_wait(&go_check);
	/* Attached and detached meanwhile: our stop report is still there. */
	memset(&si, 0, sizeof(si));
	EXPECT_OK(waitid(P_PID, sh->child, &si, WSTOPPED | WNOHANG));
	EXPECT_EQ(si.si_pid, sh->child);
	EXPECT_EQ(si.si_code, CLD_STOPPED);
	EXPECT_EQ(si.si_status, SIGSTOP);
	ptc_gate_open(&checked);
	ptc_gate_wait(&go_cont);
	/* The body sent SIGCONT after the detach: reported to us. */
	memset(&si, 0, sizeof(si));
	EXPECT_OK(waitid(P_PID, sh->child, &si, WCONTINUED | WNOHANG));
	EXPECT_EQ(si.si_code, CLD_CONTINUED);
	return 0;
}

PTC_CASE(
	.claim = "Attaching to and detaching from a stopped process leaves its real parent's job "
		 "control intact: the parent's not yet collected stop report is still there after "
		 "the detach, and a SIGCONT after it is reported to the parent as continued",
	.man = "Attaching and detaching; Stopped states",
	.spec = "5.E27 C170",
	.links = "ptrace-tests stopped-attach-transparency.c; gVisor ptrace.cc "
		 "AttachingConvertsGroupStopToPtraceStop",
)
{
	pid_t parent, child;
	int status;

	sh = ptc_shared(sizeof(*sh));
	ptc_gate_init(&forked);
	ptc_gate_init(&go_check);
	ptc_gate_init(&checked);
	ptc_gate_init(&go_cont);
	parent = ptc_fork(real_parent, NULL);
	ptc_gate_wait(&forked);
	child = sh->child;
	ptc_wait_state(child, "T");
	ASSERT_OK(PTRACE(PTRACE_ATTACH, child, 0, 0));
	ASSERT_EQ(ptc_wait(child, &status, __WALL), child);
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_DETACH, child, 0, 0));
	/* Detached into the group-stop it was in. */
	ptc_wait_state(child, "T");
	ptc_gate_open(&go_check);
	ptc_gate_wait(&checked);
	ASSERT_OK(kill(child, SIGCONT));
	ptc_gate_open(&go_cont);
	ASSERT_EXITED(parent, 0);
}
