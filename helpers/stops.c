// SPDX-License-Identifier: GPL-2.0
/* Classifying what a wait reported, and checking it against what a case
 * expects, in the words of ptrace(2). */
#include "ptc.h"

static bool is_stopping_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

struct ptc_stop ptc_classify(pid_t pid, int status)
{
	struct ptc_stop st = { .pid = pid, .status = status };

	if (WIFEXITED(status)) {
		st.kind = PTC_EXITED;
		st.code = WEXITSTATUS(status);
	} else if (WIFSIGNALED(status)) {
		st.kind = PTC_KILLED;
		st.sig = WTERMSIG(status);
	} else if (WIFCONTINUED(status)) {
		st.kind = PTC_CONTINUED;
	} else {
		st.sig = WSTOPSIG(status);
		st.event = (status >> 16) & 0xffff;
		if (st.event) {
			st.kind = PTC_EVENT_STOP;
		} else if (st.sig == (SIGTRAP | 0x80)) {
			st.kind = PTC_SYSCALL_STOP;
		} else if (st.sig == SIGTRAP || is_stopping_signal(st.sig)) {
			/* The status alone is ambiguous; the stored siginfo tells. */
			siginfo_t si;
			long r = PTRACE(PTRACE_GETSIGINFO, pid, 0, &si);

			if (r == -1 && errno == EINVAL)
				st.kind = PTC_GROUP_STOP;
			else if (r == -1)
				st.kind = PTC_JOBCTL_STOP;
			else if (st.sig == SIGTRAP &&
				 (si.si_code == SIGTRAP || si.si_code == (SIGTRAP | 0x80)))
				st.kind = PTC_SYSCALL_STOP;
			else
				st.kind = PTC_SIGNAL_STOP;
		} else {
			st.kind = PTC_SIGNAL_STOP;
		}
	}
	return st;
}

int ptc_waitid_code(const struct ptc_stop *st)
{
	switch (st->kind) {
	case PTC_EXITED:
		return CLD_EXITED;
	case PTC_KILLED:
		return WCOREDUMP(st->status) ? CLD_DUMPED : CLD_KILLED;
	case PTC_CONTINUED:
		return CLD_CONTINUED;
	case PTC_JOBCTL_STOP:
		return CLD_STOPPED;
	default:
		return CLD_TRAPPED;
	}
}

/* Wait for pid's next report; want (NULL: any) names what the case
 * expects, in a timeout's message and in a failed wait's. */
static struct ptc_stop next_stop(const char *file, int line, pid_t pid,
				 const struct ptc_want *want)
{
	char wanted[128], origin[128];
	struct ptc_stop st;
	int status = 0;
	pid_t r;

	ptc_waiting_for = want ? ptc_describe_want(want, wanted, sizeof(wanted)) : NULL;
	r = ptc_wait(pid, &status, __WALL);
	ptc_waiting_for = NULL;
	if (r <= 0) {
		int err = errno;
		bool from_kernel = ptc_value_origin((unsigned long)pid, origin, sizeof(origin));

		ptc_fail_at(file, line, true, "expected %s from pid %d%s%s, but %s(%d, __WALL) failed: %s",
			    want ? wanted : "a report", pid, from_kernel ? ", " : "",
			    from_kernel ? origin : "",
			    ptc_wait_flavour == PTC_WAITID ? "waitid" :
			    ptc_wait_flavour == PTC_WAIT4 ? "wait4" : "waitpid",
			    pid, ptc_errno_name(err));
	}
	st = ptc_classify(r, status);
	/* Under the waitid flavour, check the si_code that came with it: a
	 * ptrace-stop is CLD_TRAPPED, a job-control stop CLD_STOPPED. */
	if (ptc_wait_flavour == PTC_WAITID && WIFSTOPPED(status)) {
		int want = ptc_waitid_code(&st);

		if (ptc_last_waitid_code != want)
			PTC_FAIL(false, "waitid reported si_code %d for a %s, expected %s",
				 ptc_last_waitid_code,
				 st.kind == PTC_JOBCTL_STOP ? "job-control stop" : "ptrace-stop",
				 want == CLD_TRAPPED ? "CLD_TRAPPED" : "CLD_STOPPED");
	}
	return st;
}

struct ptc_stop ptc_next_stop(pid_t pid)
{
	return next_stop(__FILE__, __LINE__, pid, NULL);
}

struct ptc_stop ptc_expect_report(const char *file, int line, pid_t pid, int flags,
				  struct ptc_want want)
{
	struct ptc_stop st;
	int status = 0;
	pid_t r = ptc_wait(pid, &status, flags);

	if (r <= 0)
		ptc_fail_at(file, line, true, "waiting for pid %d reported %s", pid,
			    r == 0 ? "nothing (WNOHANG)" : ptc_errno_name(errno));
	st = ptc_classify(r, status);
	if (ptc_wait_flavour == PTC_WAITID && ptc_last_waitid_code != ptc_waitid_code(&st))
		ptc_fail_at(file, line, false, "waitid reported si_code %d for pid %d, expected %d",
			    ptc_last_waitid_code, r, ptc_waitid_code(&st));
	ptc_check_stop(file, line, true, &st, want);
	return st;
}

static bool matches(const struct ptc_stop *got, const struct ptc_want *w)
{
	if (w->kind != PTC_ANY && got->kind != w->kind)
		return false;
	switch (w->kind) {
	case PTC_EXITED:
		return got->code == w->code;
	case PTC_EVENT_STOP:
		if (got->event != w->event)
			return false;
		/* fallthrough */
	default:
		return !w->sig || got->sig == w->sig;
	}
}

bool ptc_check_stop(const char *file, int line, bool fatal, const struct ptc_stop *got,
		    struct ptc_want want)
{
	char a[128], b[160];

	if (matches(got, &want)) {
		ptc_checked();
		return true;
	}
	ptc_fail_at(file, line, fatal, "pid %d: expected %s, got %s", got->pid,
		    ptc_describe_want(&want, a, sizeof(a)), ptc_describe_stop(got, b, sizeof(b)));
	return false;
}

struct ptc_stop ptc_expect_stop(const char *file, int line, pid_t pid, struct ptc_want want)
{
	struct ptc_stop st = next_stop(file, line, pid, &want);

	ptc_check_stop(file, line, true, &st, want);
	return st;
}

bool ptc_blocked_or_report(pid_t pid, long nr, struct ptc_stop *st)
{
	double give_up = ptc_now() + ptc_deadline_seconds();
	int status;
	char s;

	ptc_require_proc_syscall();
	for (;;) {
		s = ptc_proc_state(pid);
		/* Zombie, stopped or gone: a report is waiting (or about to be). */
		if ((s == 'Z' || s == 't' || s == 'T' || s == 0) &&
		    ptc_wait(pid, &status, __WALL | WNOHANG) == pid) {
			*st = ptc_classify(pid, status);
			return false;
		}
		if ((s == 'S' || s == 'D') && ptc_proc_syscall(pid) == nr) {
			ptc_trace("pid %d is blocked in syscall %ld", pid, nr);
			return true;
		}
		if (ptc_now() > give_up)
			ptc_timeout("pid %d neither reported nor blocked in syscall %ld (state %c)",
				    pid, nr, s ? s : '-');
		sched_yield();
	}
}

struct ptc_stop ptc_report_unless_blocked(pid_t pid, long nr, const char *what_if_blocked)
{
	struct ptc_stop st;

	if (ptc_blocked_or_report(pid, nr, &st))
		PTC_FAIL(true, "pid %d is blocked in syscall %ld: %s", pid, nr, what_if_blocked);
	return st;
}
