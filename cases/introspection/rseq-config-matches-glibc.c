// SPDX-License-Identifier: GPL-2.0
#include <sys/rseq.h>

#include "ptc.h"

struct view {
	uint64_t area;
	unsigned size;
};

static int report_rseq(void *arg)
{
	struct view *v = arg;

	/* glibc registered the rseq area of this thread at startup; a fork
	 * keeps the registration. */
	v->size = __rseq_size;
	v->area = __rseq_size ? (uint64_t)(uintptr_t)((char *)__builtin_thread_pointer() +
							__rseq_offset) : 0;
	raise(SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_GET_RSEQ_CONFIGURATION returns 24 and reports the rseq area the tracee "
		 "registered: the address glibc shows through __rseq_offset, a size of at least "
		 "32 and __rseq_size, glibc's RSEQ_SIG and flags 0",
	.man = "PTRACE_GET_RSEQ_CONFIGURATION (undocumented)",
	.spec = "C212 C294",
	.since = "5.13",
)
{
	struct view *v = ptc_shared(sizeof(*v));
	pid_t pid = ptc_start(PTC_TRACEME, 0, report_rseq, v);
	struct ptc_rseq_configuration conf;
	long r;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	memset(&conf, 0xa5, sizeof(conf));
	r = PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(conf), &conf);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_RSEQ_CONFIGURATION);
	EXPECT_EQ(r, 24);
	if (!v->size)
		ptc_skip("glibc did not register rseq in this process (tunable or kernel)");
	EXPECT_EQ(conf.rseq_abi_pointer, v->area);
	EXPECT_GE(conf.rseq_abi_size, 32);
	EXPECT_GE(conf.rseq_abi_size, v->size);
	EXPECT_EQ(conf.signature, RSEQ_SIG);
	EXPECT_EQ(conf.flags, 0);
}
