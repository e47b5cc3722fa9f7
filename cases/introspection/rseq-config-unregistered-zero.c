// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

#ifndef RSEQ_FLAG_UNREGISTER
#define RSEQ_FLAG_UNREGISTER 1
#endif

static int unregister_rseq(void *arg)
{
	struct ptc_rseq_configuration *conf = arg;

	/* The tracer read the registration at the first stop. */
	if (conf->rseq_abi_pointer)
		EXPECT_OK(syscall(SYS_rseq, (void *)(uintptr_t)conf->rseq_abi_pointer,
				  conf->rseq_abi_size, RSEQ_FLAG_UNREGISTER, conf->signature));
	raise(SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "For a tracee with no rseq area registered, PTRACE_GET_RSEQ_CONFIGURATION "
		 "reports pointer 0 and signature 0; the size is the registered length, 0, since "
		 "6.3, and before that always sizeof(struct rseq), 32",
	.man = "PTRACE_GET_RSEQ_CONFIGURATION (undocumented)",
	.spec = "C212",
	.since = "5.13",
)
{
	struct ptc_rseq_configuration *shared = ptc_shared(sizeof(*shared));
	pid_t pid = ptc_start(PTC_TRACEME, 0, unregister_rseq, shared);
	struct ptc_rseq_configuration conf;
	long r;

	r = PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(*shared), shared);
	REQUIRE_SUPPORTED(r, EIO, "PTRACE_GET_RSEQ_CONFIGURATION");
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	memset(&conf, 0xa5, sizeof(conf));
	EXPECT_EQ(PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(conf), &conf), 24);
	EXPECT_EQ(conf.rseq_abi_pointer, 0);
	/* 6.3's extensible rseq ABI reports task->rseq_len; older kernels the
	 * fixed struct size whatever is registered. */
	EXPECT_TRUE(conf.rseq_abi_size == 0 || conf.rseq_abi_size == 32);
	EXPECT_EQ(conf.signature, 0);
	EXPECT_EQ(conf.flags, 0);
}
