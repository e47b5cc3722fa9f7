// SPDX-License-Identifier: GPL-2.0
/* Names for requests and events, and the decoding of wait statuses and
 * stops into the words of ptrace(2) (signal and errno names: harness/names.c). */
#include <stdio.h>
#include <string.h>

#include "ptc.h"

const char *ptc_request_name(long request)
{
	static const struct {
		long req;
		const char *name;
	} table[] = {
#define R(x) { x, #x }
		R(PTRACE_TRACEME), R(PTRACE_PEEKTEXT), R(PTRACE_PEEKDATA), R(PTRACE_PEEKUSER),
		R(PTRACE_POKETEXT), R(PTRACE_POKEDATA), R(PTRACE_POKEUSER), R(PTRACE_CONT),
		R(PTRACE_KILL), R(PTRACE_SINGLESTEP), R(PTRACE_GETREGS), R(PTRACE_SETREGS),
		R(PTRACE_GETFPREGS), R(PTRACE_SETFPREGS), R(PTRACE_ATTACH), R(PTRACE_DETACH),
		R(PTRACE_GETFPXREGS), R(PTRACE_SETFPXREGS), R(PTRACE_OLDSETOPTIONS),
		R(PTRACE_SYSCALL), R(PTRACE_GET_THREAD_AREA), R(PTRACE_SET_THREAD_AREA),
		R(PTRACE_ARCH_PRCTL), R(PTRACE_SYSEMU), R(PTRACE_SYSEMU_SINGLESTEP),
		R(PTRACE_SINGLEBLOCK), R(PTRACE_SETOPTIONS), R(PTRACE_GETEVENTMSG),
		R(PTRACE_GETSIGINFO), R(PTRACE_SETSIGINFO), R(PTRACE_GETREGSET),
		R(PTRACE_SETREGSET), R(PTRACE_SEIZE), R(PTRACE_INTERRUPT), R(PTRACE_LISTEN),
		R(PTRACE_PEEKSIGINFO), R(PTRACE_GETSIGMASK), R(PTRACE_SETSIGMASK),
		R(PTRACE_SECCOMP_GET_FILTER), R(PTRACE_SECCOMP_GET_METADATA),
		R(PTRACE_GET_SYSCALL_INFO), R(PTRACE_GET_RSEQ_CONFIGURATION),
		R(PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG),
		R(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG), R(PTRACE_SET_SYSCALL_INFO),
#undef R
	};
	char *buf;

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (table[i].req == request)
			return table[i].name;
	buf = ptc_name_buffer();
	snprintf(buf, PTC_NAME_LEN, "request %#lx", request);
	return buf;
}

const char *ptc_event_name(int event)
{
	static const char *const names[] = {
		[PTRACE_EVENT_FORK] = "PTRACE_EVENT_FORK",
		[PTRACE_EVENT_VFORK] = "PTRACE_EVENT_VFORK",
		[PTRACE_EVENT_CLONE] = "PTRACE_EVENT_CLONE",
		[PTRACE_EVENT_EXEC] = "PTRACE_EVENT_EXEC",
		[PTRACE_EVENT_VFORK_DONE] = "PTRACE_EVENT_VFORK_DONE",
		[PTRACE_EVENT_EXIT] = "PTRACE_EVENT_EXIT",
		[PTRACE_EVENT_SECCOMP] = "PTRACE_EVENT_SECCOMP",
	};
	char *buf;

	if (event == PTRACE_EVENT_STOP)
		return "PTRACE_EVENT_STOP";
	if (event > 0 && event < (int)(sizeof(names) / sizeof(names[0])) && names[event])
		return names[event];
	buf = ptc_name_buffer();
	snprintf(buf, PTC_NAME_LEN, "PTRACE_EVENT %d", event);
	return buf;
}

const char *ptc_options_name(unsigned long options, char *buf, size_t len)
{
	static const struct {
		unsigned long bit;
		const char *name;
	} bits[] = {
#define O(x) { x, #x }
		O(PTRACE_O_TRACESYSGOOD), O(PTRACE_O_TRACEFORK), O(PTRACE_O_TRACEVFORK),
		O(PTRACE_O_TRACECLONE), O(PTRACE_O_TRACEEXEC), O(PTRACE_O_TRACEVFORKDONE),
		O(PTRACE_O_TRACEEXIT), O(PTRACE_O_TRACESECCOMP), O(PTRACE_O_EXITKILL),
		O(PTRACE_O_SUSPEND_SECCOMP),
#undef O
	};
	size_t n = 0;

	snprintf(buf, len, "0");
	for (size_t i = 0; i < sizeof(bits) / sizeof(bits[0]) && n < len; i++)
		if (options & bits[i].bit) {
			options &= ~bits[i].bit;
			n += (size_t)snprintf(buf + n, len - n, "%s%s", n ? "|" : "", bits[i].name);
		}
	if (options && n < len)
		snprintf(buf + n, len - n, "%s%#lx", n ? "|" : "", options);
	return buf;
}

static const char *describe(enum ptc_stop_kind kind, int sig, int event, int code, char *buf,
			    size_t len)
{
	const char *s = sig ? ptc_signal_name(sig) : "any signal";

	switch (kind) {
	case PTC_EXITED:
		snprintf(buf, len, "exit with code %d", code);
		break;
	case PTC_KILLED:
		snprintf(buf, len, "death by %s", s);
		break;
	case PTC_CONTINUED:
		snprintf(buf, len, "continued");
		break;
	case PTC_SIGNAL_STOP:
		snprintf(buf, len, "signal-delivery-stop %s", s);
		break;
	case PTC_GROUP_STOP:
		snprintf(buf, len, "group-stop %s", s);
		break;
	case PTC_EVENT_STOP:
		snprintf(buf, len, "%s(%s)", event ? ptc_event_name(event) : "PTRACE_EVENT_*", s);
		break;
	case PTC_SYSCALL_STOP:
		snprintf(buf, len, "syscall-stop");
		break;
	case PTC_JOBCTL_STOP:
		snprintf(buf, len, "job-control stop %s (not a ptrace-stop of ours)", s);
		break;
	default:
		snprintf(buf, len, "any report");
	}
	return buf;
}

const char *ptc_describe_want(const struct ptc_want *w, char *buf, size_t len)
{
	return describe(w->kind, w->sig, w->event, w->code, buf, len);
}

const char *ptc_describe_stop(const struct ptc_stop *st, char *buf, size_t len)
{
	size_t n;

	describe(st->kind, st->sig, st->event, st->code, buf, len);
	n = strlen(buf);
	snprintf(buf + n, len - n, " (status %#x)", st->status);
	return buf;
}

const char *ptc_describe_status(int status, char *buf, size_t len)
{
	if (WIFEXITED(status))
		return describe(PTC_EXITED, 0, 0, WEXITSTATUS(status), buf, len);
	if (WIFSIGNALED(status))
		return describe(PTC_KILLED, WTERMSIG(status), 0, 0, buf, len);
	if (WIFCONTINUED(status))
		return describe(PTC_CONTINUED, 0, 0, 0, buf, len);
	if (status >> 16)
		return describe(PTC_EVENT_STOP, WSTOPSIG(status), status >> 16, 0, buf, len);
	snprintf(buf, len, "stopped, WSTOPSIG %s", ptc_signal_name(WSTOPSIG(status)));
	return buf;
}
