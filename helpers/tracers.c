// SPDX-License-Identifier: GPL-2.0
/* Other tracers and waiters (see tracers.h). */
#include "ptc.h"
#include "tracers.h"

struct tracer_arg {
	int (*fn)(pid_t);
	pid_t tracee;
};

static int tracer_main(void *p)
{
	struct tracer_arg *a = p;

	return a->fn(a->tracee);
}

pid_t ptc_run_tracer(int (*fn)(pid_t tracee), pid_t tracee)
{
	struct tracer_arg a = { fn, tracee };
	pid_t tracer = ptc_fork(tracer_main, &a);

	ASSERT_EXITED(tracer, 0);
	return tracer;
}

static int ptc_tracer_main(void *p)
{
	struct ptc_tracer *t = p;

	return t->fn(t);
}

void ptc_tracer_start(struct ptc_tracer *t, int (*fn)(struct ptc_tracer *), pid_t tracee)
{
	t->tracee = tracee;
	t->fn = fn;
	ptc_gate_init(&t->ready);
	ptc_gate_init(&t->go);
	t->pid = ptc_fork(ptc_tracer_main, t);
	ptc_gate_wait_child(&t->ready);
}

void ptc_tracer_pause(struct ptc_tracer *t)
{
	ptc_gate_open(&t->ready);
	ptc_gate_wait(&t->go);
}

void ptc_tracer_finish(struct ptc_tracer *t)
{
	ptc_gate_open(&t->go);
	ASSERT_EXITED(t->pid, 0);
}

int ptc_hold_in_event_stop(struct ptc_tracer *t)
{
	ASSERT_OK(PTRACE(PTRACE_SEIZE, t->tracee, 0, 0));
	ASSERT_OK(PTRACE(PTRACE_INTERRUPT, t->tracee, 0, 0));
	ASSERT_EVENT_STOP(t->tracee, PTRACE_EVENT_STOP, SIGTRAP);
	ptc_tracer_pause(t);
	return 0;
}

void ptc_expect_job_stopped_at(const char *file, int line, pid_t pid, int sig,
			      struct ptc_gate *gate)
{
	ptc_wait_state(pid, "T");
	ptc_expect_report(file, line, pid, WUNTRACED,
			 (struct ptc_want){ .kind = PTC_JOBCTL_STOP, .sig = sig });
	if (ptc_proc_state(pid) != 'T')
		ptc_fail_at(file, line, false, "pid %d left its stop (state %c)", pid,
			    ptc_proc_state(pid));
	else
		ptc_checked();
	if (kill(pid, SIGCONT) == -1)
		ptc_fail_at(file, line, true, "kill(SIGCONT): %s", ptc_errno_name(errno));
	ptc_expect_report(file, line, pid, WCONTINUED, (struct ptc_want){ .kind = PTC_CONTINUED });
	ptc_gate_open(gate);
	ptc_expect_report(file, line, pid, WUNTRACED | WCONTINUED,
			 (struct ptc_want){ .kind = PTC_EXITED, .code = 0 });
}
