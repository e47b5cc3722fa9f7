// SPDX-License-Identifier: GPL-2.0
/* The two calls every case makes through the helpers: libc's ptrace() and
 * the wait family, each logged to the case's trace, waits bounded by the
 * case's deadline. */
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/time.h>

#include "ptc.h"

static bool is_restart(long req)
{
	return req == PTRACE_CONT || req == PTRACE_SYSCALL || req == PTRACE_SINGLESTEP ||
	       req == PTRACE_SYSEMU || req == PTRACE_SYSEMU_SINGLESTEP ||
	       req == PTRACE_SINGLEBLOCK || req == PTRACE_DETACH || req == PTRACE_LISTEN;
}

static bool returns_data(long req)
{
	return req == PTRACE_PEEKTEXT || req == PTRACE_PEEKDATA || req == PTRACE_PEEKUSER;
}

static bool takes_options(long req)
{
	return req == PTRACE_SEIZE || req == PTRACE_SETOPTIONS || req == PTRACE_OLDSETOPTIONS;
}

/* The last ptrace call, for a timeout to say what came before it, and the
 * last event message, for a helper failing on it to say where it came from
 * (per process of the case: each has its own copy). */
#define TRACE_CALL_LEN 512
static char last_call[TRACE_CALL_LEN];
static pid_t eventmsg_pid;
static unsigned long eventmsg_value;

const char *ptc_value_origin(unsigned long value, char *buf, size_t len)
{
	if (!eventmsg_pid || value != eventmsg_value)
		return NULL;
	snprintf(buf, len, "the event message PTRACE_GETEVENTMSG returned for pid %d",
		 eventmsg_pid);
	return buf;
}

long ptc_ptrace(long request, pid_t pid, unsigned long addr, unsigned long data)
{
	char datastr[200], result[64];
	long ret;
	int err;

	if (is_restart(request) && data < 128)
		snprintf(datastr, sizeof(datastr), "%s", data ? ptc_signal_name((int)data) : "0");
	else if (takes_options(request))
		ptc_options_name(data, datastr, sizeof(datastr));
	else
		snprintf(datastr, sizeof(datastr), "%#lx", data);
	errno = 0;
	ret = ptrace(request, pid, addr, data);
	err = errno;
	if (ret == -1 && err) {
		snprintf(result, sizeof(result), "-1 %s", ptc_errno_name(err));
	} else if (returns_data(request)) {
		snprintf(result, sizeof(result), "%#lx", (unsigned long)ret);
	} else if (request == PTRACE_GETEVENTMSG && ret == 0 && data) {
		eventmsg_pid = pid;
		eventmsg_value = *(unsigned long *)data;
		snprintf(result, sizeof(result), "0, message %lu (%#lx)", eventmsg_value,
			 eventmsg_value);
	} else {
		snprintf(result, sizeof(result), "%ld", ret);
	}
	snprintf(last_call, sizeof(last_call), "%s(%d, %#lx, %s) = %s", ptc_request_name(request),
		 pid, addr, datastr, result);
	ptc_trace("%s", last_call);
	errno = err;
	return ret;
}

/* ---- waits ------------------------------------------------------------------ */

static volatile sig_atomic_t deadline_passed;

static void on_deadline(int sig)
{
	(void)sig;
	deadline_passed = 1;
}

/* A SIGALRM interrupts the blocking wait when the deadline passes; the
 * handler has no SA_RESTART so the wait returns EINTR. */
static void arm_deadline(double seconds)
{
	static bool installed;
	struct itimerval it = { 0 };

	if (!installed) {
		struct sigaction sa = { .sa_handler = on_deadline };

		sigemptyset(&sa.sa_mask);
		sigaction(SIGALRM, &sa, NULL);
		installed = true;
	}
	deadline_passed = 0;
	it.it_value.tv_sec = (time_t)seconds;
	it.it_value.tv_usec = (suseconds_t)((seconds - (double)it.it_value.tv_sec) * 1e6);
	if (!it.it_value.tv_sec && !it.it_value.tv_usec)
		it.it_value.tv_usec = 1000;
	setitimer(ITIMER_REAL, &it, NULL);
}

static void disarm_deadline(void)
{
	struct itimerval it = { 0 };

	setitimer(ITIMER_REAL, &it, NULL);
}

static const char *flags_name(int flags, char *buf, size_t len)
{
	static const struct {
		int bit;
		const char *name;
	} bits[] = { { WNOHANG, "WNOHANG" },	   { WUNTRACED, "WUNTRACED" },
		     { WCONTINUED, "WCONTINUED" }, { __WALL, "__WALL" },
		     { __WCLONE, "__WCLONE" },	   { __WNOTHREAD, "__WNOTHREAD" } };
	size_t n = 0;

	buf[0] = 0;
	for (size_t i = 0; i < sizeof(bits) / sizeof(bits[0]); i++)
		if (flags & bits[i].bit)
			n += snprintf(buf + n, len - n, "%s%s", n ? "|" : "", bits[i].name);
	if (!n)
		snprintf(buf, len, "0");
	return buf;
}

int ptc_last_waitid_code;
const char *ptc_waiting_for;

/* waitid's report as a wait status. A ptrace-stop's si_status is the whole
 * exit code, event bits included, exactly what waitpid puts in status >> 8. */
static int status_from_siginfo(const siginfo_t *si)
{
	switch (si->si_code) {
	case CLD_EXITED:
		return (si->si_status & 0xff) << 8;
	case CLD_KILLED:
		return si->si_status & 0x7f;
	case CLD_DUMPED:
		return (si->si_status & 0x7f) | 0x80;
	case CLD_STOPPED:
	case CLD_TRAPPED:
		return (si->si_status << 8) | 0x7f;
	case CLD_CONTINUED:
		return 0xffff;
	}
	return -1;
}

static pid_t wait_once(pid_t pid, int *status, int flags, const char *fl)
{
	char desc[96];
	pid_t r;

	switch (ptc_wait_flavour) {
	case PTC_WAITID: {
		int wflags = WEXITED | (flags & (WNOHANG | WCONTINUED | __WALL | __WCLONE | __WNOTHREAD)) |
			     (flags & WUNTRACED ? WSTOPPED : 0);
		siginfo_t si;

		memset(&si, 0, sizeof(si));
		r = waitid(pid == -1 ? P_ALL : P_PID, pid == -1 ? 0 : (id_t)pid, &si, wflags);
		if (r == 0 && si.si_pid == 0) {
			ptc_trace("waitid(%d, WEXITED|%s) = 0, nothing to report", pid, fl);
			return 0;
		}
		if (r == 0) {
			ptc_last_waitid_code = si.si_code;
			*status = status_from_siginfo(&si);
			ptc_trace("waitid(%d, WEXITED|%s) = 0: si_pid %d si_code %d si_status %#x, "
				  "i.e. %s",
				  pid, fl, si.si_pid, si.si_code, si.si_status,
				  ptc_describe_status(*status, desc, sizeof(desc)));
			return si.si_pid;
		}
		return -1;
	}
	case PTC_WAIT4:
		r = wait4(pid, status, flags, NULL);
		break;
	default:
		r = waitpid(pid, status, flags);
	}
	if (r > 0)
		ptc_trace("%s(%d, %s) = %d, status %#x: %s",
			  ptc_wait_flavour == PTC_WAIT4 ? "wait4" : "waitpid", pid, fl, r, *status,
			  ptc_describe_status(*status, desc, sizeof(desc)));
	else if (r == 0)
		ptc_trace("%s(%d, %s) = 0, nothing to report",
			  ptc_wait_flavour == PTC_WAIT4 ? "wait4" : "waitpid", pid, fl);
	return r;
}

pid_t ptc_wait(pid_t pid, int *status, int flags)
{
	char fl[96];
	pid_t r;
	int err;

	flags_name(flags, fl, sizeof(fl));
	for (;;) {
		if (!(flags & WNOHANG))
			arm_deadline(ptc_deadline_seconds());
		r = wait_once(pid, status, flags, fl);
		err = errno;
		if (!(flags & WNOHANG))
			disarm_deadline();
		if (r != -1 || err != EINTR)
			break;
		if (deadline_passed) {
			char seen[400];

			ptc_timeout("no wait report from pid %d within %gs: expected %s after %s; "
				    "at the deadline pid %d: %s",
				    pid, ptc_deadline_seconds(),
				    ptc_waiting_for ? ptc_waiting_for : "any report",
				    last_call[0] ? last_call : "no ptrace request", pid,
				    pid > 0 ? ptc_proc_describe(pid, seen, sizeof(seen)) : "(any child)");
		}
	}
	if (r == -1)
		ptc_trace("wait(%d, %s) = -1 %s", pid, fl, ptc_errno_name(err));
	errno = err;
	return r;
}
