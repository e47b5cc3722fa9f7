// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

static const unsigned long args[6] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666 };

static int call_getppid(void *arg)
{
	syscall(SYS_getppid, args[0], args[1], args[2], args[3], args[4], args[5]);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO with entry.nr -1 ignores the arguments it is given: "
		 "the argument registers keep the tracee's values",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, call_getppid, NULL);
	struct ptc_syscall_info info;
	ptc_regs_t r;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	info.entry.nr = (uint64_t)-1;
	for (int i = 0; i < 6; i++)
		info.entry.args[i] = 0x9999;
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	EXPECT_EQ(ptc_syscall_nr(pid), -1);
	ptc_get_regs(pid, &r);
	/* Argument 0 shares its register with the result on some arches. */
	for (int i = 1; i < 6; i++)
		EXPECT_EQ(ptc_regs_arg(&r, i), args[i]);
}
