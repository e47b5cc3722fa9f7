// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"

#ifndef RSEQ_FLAG_UNREGISTER
#define RSEQ_FLAG_UNREGISTER 1
#endif

struct probe {
	struct ptc_rseq_configuration conf;	/* glibc's registration, read by the tracer */
	int extensible;				/* 1: a 64-byte registration was accepted */
};

/* A 64-byte rseq area, aligned as the extensible ABI wants. */
static char area[64] __attribute__((aligned(64)));

static int unregister_rseq(void *arg)
{
	struct probe *p = arg;
	const uint32_t sig = p->conf.signature;

	/* The tracer read the registration at the first stop. */
	if (p->conf.rseq_abi_pointer)
		EXPECT_OK(syscall(SYS_rseq, (void *)(uintptr_t)p->conf.rseq_abi_pointer,
				  p->conf.rseq_abi_size, RSEQ_FLAG_UNREGISTER, p->conf.signature));
	/* The extensible rseq ABI (6.3) takes any length from 32 on; before
	 * it, only 32. The same change made the configuration's size the
	 * registered length. */
	if (syscall(SYS_rseq, area, sizeof(area), 0, sig) == 0) {
		p->extensible = 1;
		EXPECT_OK(syscall(SYS_rseq, area, sizeof(area), RSEQ_FLAG_UNREGISTER, sig));
	} else {
		EXPECT_EQ(errno, EINVAL);
	}
	raise(SIGSTOP);
	return 0;
}

PTC_CASE(
	.claim = "For a tracee with no rseq area registered, PTRACE_GET_RSEQ_CONFIGURATION "
		 "reports pointer 0 and signature 0; the size is the registered length, 0, on "
		 "kernels with the extensible rseq ABI (6.3, which accepts a 64-byte area), and "
		 "sizeof(struct rseq), 32, whatever is registered before it",
	.man = "PTRACE_GET_RSEQ_CONFIGURATION (undocumented)",
	.spec = "C212",
	.since = "5.13",
	.links = "linux-git:ee3e3ac05c26 (rseq: Introduce extensible rseq ABI)",
)
{
	struct probe *p = ptc_shared(sizeof(*p));
	pid_t pid = ptc_start(PTC_TRACEME, 0, unregister_rseq, p);
	struct ptc_rseq_configuration conf;
	long r;

	r = PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(p->conf), &p->conf);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_RSEQ_CONFIGURATION);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGSTOP);
	ptc_log("a 64-byte rseq registration was %s", p->extensible ? "accepted" : "refused");
	memset(&conf, 0xa5, sizeof(conf));
	EXPECT_EQ(PTRACE(PTRACE_GET_RSEQ_CONFIGURATION, pid, sizeof(conf), &conf), 24);
	EXPECT_EQ(conf.rseq_abi_pointer, 0);
	EXPECT_EQ(conf.rseq_abi_size, p->extensible ? 0 : 32);
	EXPECT_EQ(conf.signature, 0);
	EXPECT_EQ(conf.flags, 0);
}
