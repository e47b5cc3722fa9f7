// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

struct shared {
	pid_t child;
};

static struct shared *sh;
static struct ptc_gate forked, go_exit, go_check;

static int wait_gate_then_exit(void *arg)
{
	ptc_gate_wait(&go_exit);
	return 5;
}

static int ignoring_parent(void *arg)
{
	signal(SIGCHLD, SIG_IGN);
	sh->child = ptc_fork(wait_gate_then_exit, NULL);
	ptc_gate_open(&forked);
	ptc_gate_wait(&go_check);
	/* The tracer collected the exit: nothing is left for us. */
	EXPECT_ERRNO(waitpid(sh->child, NULL, WNOHANG), ECHILD);
	return 0;
}

PTC_CASE(
	.claim = "A traced child whose real parent ignores SIGCHLD is released as soon as its "
		 "tracer (not the parent) has collected its exit: the parent then finds no child "
		 "(ECHILD) and no zombie is left behind",
	.man = "Real parent; Death under ptrace",
	.spec = "5.E25 C293",
	.links = "ptrace-tests reparent-zombie.c; https://bugzilla.redhat.com/450454",
)
{
	pid_t parent, child;

	sh = ptc_shared(sizeof(*sh));
	ptc_gate_init(&forked);
	ptc_gate_init(&go_exit);
	ptc_gate_init(&go_check);
	parent = ptc_fork(ignoring_parent, NULL);
	ptc_gate_wait(&forked);
	child = sh->child;
	ASSERT_OK(PTRACE(PTRACE_ATTACH, child, 0, 0));
	ASSERT_SIGNAL_STOP(child, SIGSTOP);
	ASSERT_OK(PTRACE(PTRACE_CONT, child, 0, 0));
	ptc_gate_open(&go_exit);
	ASSERT_EXITED(child, 5);
	EXPECT_EQ(ptc_proc_state(child), 0);
	ptc_gate_open(&go_check);
	ASSERT_EXITED(parent, 0);
}
