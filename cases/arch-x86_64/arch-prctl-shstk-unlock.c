// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "ptc.h"
#include "regs.h"

/* uapi asm/prctl.h; regs.h has the other ARCH_SHSTK_* codes but not this one. */
#ifndef ARCH_SHSTK_LOCK
#define ARCH_SHSTK_LOCK 0x5003
#endif

/* Whether the tracee's shadow-stack lock shows in /proc/<pid>/status, the
 * line the kernel prints beside the feature itself. */
static bool shstk_locked(pid_t pid)
{
	char line[128];

	ptc_proc_status(pid, "x86_Thread_features_locked", line, sizeof(line));
	ptc_trace("tid %d: x86_Thread_features_locked \"%s\"", pid, line);
	return strstr(line, "shstk") != NULL;
}

PTC_CASE(
	.claim = "A tracer may unlock its tracee's shadow-stack features: after a "
		 "PTRACE_ARCH_PRCTL ARCH_SHSTK_LOCK of ARCH_SHSTK_SHSTK (shown locked in "
		 "/proc/<pid>/status), ARCH_SHSTK_UNLOCK succeeds and the lock is gone. Where "
		 "ARCH_SHSTK_STATUS works and the kernel config has CONFIG_CHECKPOINT_RESTORE, "
		 "a refusal of the unlock is a failure",
	.man = "PTRACE_ARCH_PRCTL (undocumented)",
	.spec = "C189",
	.since = "6.6",
	.needs = "arch:x86_64",
	.links = "linux-git:680ed2f15e70 (x86/shstk: Add ARCH_SHSTK_UNLOCK)",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long features;
	long r = PTRACE(PTRACE_ARCH_PRCTL, pid, &features, ARCH_SHSTK_STATUS);

	/* The one answer that means "no shadow-stack support": the status
	 * request, valid on any tracee of a kernel that has it, refused. */
	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_SHSTK);
	ASSERT_OK(r);
	ASSERT_OK(PTRACE(PTRACE_ARCH_PRCTL, pid, ARCH_SHSTK_SHSTK, ARCH_SHSTK_LOCK));
	ASSERT_TRUE(shstk_locked(pid));
	/* A tracer's unlock exists only with CONFIG_CHECKPOINT_RESTORE: its
	 * EINVAL is judged against that option (a failure where it is set). */
	r = PTRACE(PTRACE_ARCH_PRCTL, pid, ARCH_SHSTK_SHSTK, ARCH_SHSTK_UNLOCK);
	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_SHSTK_UNLOCK);
	EXPECT_OK(r);
	EXPECT_FALSE(shstk_locked(pid));
}
