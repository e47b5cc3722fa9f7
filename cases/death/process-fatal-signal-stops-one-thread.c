// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

PTC_CASE(
	.claim = "A fatal signal sent to a traced process as a whole (kill) stops exactly one of "
		 "its traced threads in signal-delivery-stop; the other stays in its read() with "
		 "nothing to report, and injecting the signal kills both",
	.man = "Death under ptrace; Signal-delivery-stop",
	.spec = "C214 C230 C213",
	.since = "3.4",
	.variants = "wait",
)
{
	struct ptc_threads *t = ptc_threads_seized(2, 0);
	struct ptc_stop st;
	pid_t other;

	ASSERT_OK(kill(t->tid[0], SIGTERM));
	st = ptc_next_stop(-1);
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGTERM);
	ASSERT_TRUE(st.pid == t->tid[0] || st.pid == t->tid[1]);
	other = st.pid == t->tid[0] ? t->tid[1] : t->tid[0];
	EXPECT_EQ(ptc_proc_syscall(other), SYS_read);
	EXPECT_FALSE(ptc_proc_has_signal(other, "ShdPnd", SIGTERM));
	EXPECT_NO_REPORT(other, __WALL);
	ASSERT_OK(PTRACE(PTRACE_CONT, st.pid, 0, SIGTERM));
	ASSERT_KILLED(t->tid[1], SIGTERM);
	ASSERT_KILLED(t->tid[0], SIGTERM);
}
