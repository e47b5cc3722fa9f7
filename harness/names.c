// SPDX-License-Identifier: GPL-2.0
/* Signal and errno names, for check messages and the runner. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

/* Several names may appear in one message: hand out rotating buffers. */
char *ptc_name_buffer(void)
{
	static __thread char bufs[8][PTC_NAME_LEN];
	static __thread unsigned next;

	return bufs[next++ % 8];
}

const char *ptc_signal_name(int sig)
{
	const char *abbrev;
	char *buf = ptc_name_buffer();

	if (sig == (SIGTRAP | 0x80))
		return "SIGTRAP|0x80";
	abbrev = sig > 0 && sig < SIGRTMIN ? sigabbrev_np(sig) : NULL;
	if (abbrev)
		snprintf(buf, PTC_NAME_LEN, "SIG%s", abbrev);
	else if (sig >= 32 && sig <= 64)
		snprintf(buf, PTC_NAME_LEN, "signal %d (real-time)", sig);
	else
		snprintf(buf, PTC_NAME_LEN, "signal %d", sig);
	return buf;
}

const char *ptc_errno_name(int err)
{
	const char *name = err ? strerrorname_np(err) : "no error";
	char *buf;

	if (name)
		return name;
	buf = ptc_name_buffer();
	snprintf(buf, PTC_NAME_LEN, "errno %d", err);
	return buf;
}
