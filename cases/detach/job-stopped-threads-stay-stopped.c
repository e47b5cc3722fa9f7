// SPDX-License-Identifier: GPL-2.0
#include "tracers.h"

static struct ptc_threads *threads;

/* Another process attaches every thread of the stopped process, holds
 * them, then detaches each with SIGSTOP in data. */
static int attach_each_detach_with_sigstop(struct ptc_tracer *t)
{
	for (int i = 0; i < threads->nthreads; i++) {
		ASSERT_OK(PTRACE(PTRACE_ATTACH, threads->tid[i], 0, 0));
		ASSERT_GROUP_STOP(threads->tid[i], SIGSTOP);
	}
	ptc_tracer_pause(t);
	for (int i = threads->nthreads - 1; i >= 0; i--)
		ASSERT_OK(PTRACE(PTRACE_DETACH, threads->tid[i], 0, SIGSTOP));
	return 0;
}

/* The real parent's report for the process, left in place (WNOWAIT): the
 * stop or the continue it has not collected yet. */
static void expect_parent_view(int code, int sig)
{
	pid_t tgid = threads->tid[0];
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	EXPECT_OK(waitid(P_PID, (id_t)tgid, &si, WSTOPPED | WCONTINUED | WNOWAIT | WNOHANG));
	ptc_trace("waitid(%d, WSTOPPED|WCONTINUED|WNOWAIT|WNOHANG): si_pid %d si_code %d "
		  "si_status %d", tgid, si.si_pid, si.si_code, si.si_status);
	EXPECT_EQ(si.si_pid, tgid);
	EXPECT_EQ(si.si_code, code);
	EXPECT_EQ(si.si_status, sig);
}

PTC_CASE(
	.claim = "Attaching every thread of a job-stopped 3-thread process and detaching each "
		 "with SIGSTOP in data leaves every thread stopped, and the real parent's "
		 "uncollected stop report (waitid WNOWAIT: CLD_STOPPED, SIGSTOP) is the same "
		 "before, during and after; a SIGCONT then turns it into CLD_CONTINUED and every "
		 "thread runs",
	.man = "PTRACE_DETACH; Attaching and detaching; Group-stop",
	.spec = "C170 C151 5.E27",
	.variants = "wait",
	.links = "ptrace-tests: detach-stopped; ptrace-tests: stopped-attach-transparency "
		 "(THREADS 3)",
)
{
	struct ptc_tracer other;
	pid_t tgid;

	threads = ptc_threads_new(3);
	tgid = ptc_threads_start(threads);
	ASSERT_OK(kill(tgid, SIGSTOP));
	for (int i = 0; i < threads->nthreads; i++)
		ptc_wait_state(threads->tid[i], "T");
	expect_parent_view(CLD_STOPPED, SIGSTOP);

	ptc_tracer_start(&other, attach_each_detach_with_sigstop, tgid);
	for (int i = 0; i < threads->nthreads; i++)
		EXPECT_EQ(ptc_proc_state(threads->tid[i]), 't');
	expect_parent_view(CLD_STOPPED, SIGSTOP);
	ptc_tracer_finish(&other);

	/* Each thread leaves its ptrace-stop for the group-stop ('T'); one
	 * that ran on would block in read() on its command pipe ('S'). */
	for (int i = 0; i < threads->nthreads; i++) {
		ptc_wait_untraced(threads->tid[i]);
		ptc_wait_state(threads->tid[i], "TS");
		EXPECT_EQ(ptc_proc_state(threads->tid[i]), 'T');
	}
	expect_parent_view(CLD_STOPPED, SIGSTOP);

	ASSERT_OK(kill(tgid, SIGCONT));
	expect_parent_view(CLD_CONTINUED, SIGCONT);
	for (int i = 0; i < threads->nthreads; i++)
		ptc_threads_command(threads, i, PTC_T_PING, 0);
}
