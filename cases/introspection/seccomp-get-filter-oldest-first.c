// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "seccomp.h"

PTC_CASE(
	.claim = "PTRACE_SECCOMP_GET_FILTER copies the classic BPF program of filter number addr "
		 "and returns its instruction count; index 0 is the oldest filter, the first "
		 "installed, and the newest has the highest index",
	.man = "PTRACE_SECCOMP_GET_FILTER",
	.spec = "C177 C179 C294",
	.man_stale = "The man page (and the checklist) say the most recently installed filter "
		     "has index 0; every kernel since 4.4 counts from the oldest "
		     "(get_nth_filter walks back from the newest to the first installed)",
	.since = "4.4",
	.needs = "root",
)
{
	static const unsigned lens[] = { 3, 5, 7 };
	pid_t pid = ptc_start_filtered(lens, NULL, 3);
	struct sock_filter got[16], want[16];

	for (unsigned idx = 0; idx < 3; idx++) {
		unsigned len = lens[idx];
		long r;

		memset(got, 0xa5, sizeof(got));
		r = PTRACE(PTRACE_SECCOMP_GET_FILTER, pid, idx, got);
		ptc_require_seccomp_introspection(r, PTC_FEAT_SECCOMP_GET_FILTER);
		ASSERT_EQ(r, len);
		ptc_seccomp_allow_program(want, len);
		EXPECT_EQ(memcmp(got, want, len * sizeof(want[0])), 0);
		/* Nothing written past the program. */
		EXPECT_EQ(((unsigned char *)&got[len])[0], 0xa5);
	}
}
