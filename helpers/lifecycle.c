// SPDX-License-Identifier: GPL-2.0
/* Helpers for the cases on a tracee's life cycle (see lifecycle.h). */
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>

#include "../harness/ptc.h"
#include "lifecycle.h"

/* ---- reports ---------------------------------------------------------------- */

struct ptc_stop lc_expect_report(const char *file, int line, pid_t pid, int flags,
				 struct ptc_want want)
{
	struct ptc_stop st;
	int status = 0;
	pid_t r = ptc_wait(pid, &status, flags);

	if (r <= 0)
		ptc_fail_at(file, line, true, "waiting for pid %d reported %s", pid,
			    r == 0 ? "nothing (WNOHANG)" : ptc_errno_name(errno));
	st = ptc_classify(r, status);
	if (ptc_wait_flavour == PTC_WAITID) {
		int code = 0;

		switch (st.kind) {
		case PTC_EXITED:
			code = CLD_EXITED;
			break;
		case PTC_KILLED:
			code = WCOREDUMP(status) ? CLD_DUMPED : CLD_KILLED;
			break;
		case PTC_CONTINUED:
			code = CLD_CONTINUED;
			break;
		case PTC_JOBCTL_STOP:
			code = CLD_STOPPED;
			break;
		default:
			code = CLD_TRAPPED;
		}
		if (ptc_last_waitid_code != code)
			ptc_fail_at(file, line, false,
				    "waitid reported si_code %d for pid %d, expected %d",
				    ptc_last_waitid_code, r, code);
	}
	ptc_check_stop(file, line, true, &st, want);
	return st;
}

void lc_gate_wait_child(struct ptc_gate *gate)
{
	close(gate->wr);
	ptc_gate_wait(gate);
}

struct tracer_arg {
	int (*fn)(pid_t);
	pid_t tracee;
};

static int tracer_main(void *p)
{
	struct tracer_arg *a = p;

	return a->fn(a->tracee);
}

pid_t lc_run_tracer(int (*fn)(pid_t tracee), pid_t tracee)
{
	struct tracer_arg a = { fn, tracee };
	pid_t tracer = ptc_fork(tracer_main, &a);

	ASSERT_EXITED(tracer, 0);
	return tracer;
}

static int lc_tracer_main(void *p)
{
	struct lc_tracer *t = p;

	return t->fn(t);
}

void lc_tracer_start(struct lc_tracer *t, int (*fn)(struct lc_tracer *), pid_t tracee)
{
	t->tracee = tracee;
	t->fn = fn;
	ptc_gate_init(&t->ready);
	ptc_gate_init(&t->go);
	t->pid = ptc_fork(lc_tracer_main, t);
	lc_gate_wait_child(&t->ready);
}

void lc_tracer_pause(struct lc_tracer *t)
{
	ptc_gate_open(&t->ready);
	ptc_gate_wait(&t->go);
}

void lc_tracer_finish(struct lc_tracer *t)
{
	ptc_gate_open(&t->go);
	ASSERT_EXITED(t->pid, 0);
}

int lc_hold_in_event_stop(struct lc_tracer *t)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tracee, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t->tracee, 0, 0));
	ASSERT_EVENT_STOP(t->tracee, PTRACE_EVENT_STOP, SIGTRAP);
	lc_tracer_pause(t);
	return 0;
}

void lc_expect_job_stopped_at(const char *file, int line, pid_t pid, int sig,
			      struct ptc_gate *gate)
{
	ptc_wait_state(pid, "T");
	lc_expect_report(file, line, pid, WUNTRACED,
			 (struct ptc_want){ .kind = PTC_JOBCTL_STOP, .sig = sig });
	if (ptc_proc_state(pid) != 'T')
		ptc_fail_at(file, line, false, "pid %d left its stop (state %c)", pid,
			    ptc_proc_state(pid));
	else
		ptc_checked();
	if (kill(pid, SIGCONT) == -1)
		ptc_fail_at(file, line, true, "kill(SIGCONT): %s", ptc_errno_name(errno));
	lc_expect_report(file, line, pid, WCONTINUED, (struct ptc_want){ .kind = PTC_CONTINUED });
	ptc_gate_open(gate);
	lc_expect_report(file, line, pid, WUNTRACED | WCONTINUED,
			 (struct ptc_want){ .kind = PTC_EXITED, .code = 0 });
}
