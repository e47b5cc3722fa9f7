// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO needs addr (the size) of at least 88, the full "
		 "struct: 87, or the 80 that GET returned at an enter-stop, fail with EINVAL; 88 "
		 "succeeds",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C205",
	.since = "6.16",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, ptc_getppid_tracee, NULL);
	struct ptc_syscall_info info;

	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	EXPECT_ERRNO(ptc_set_syscall_info(pid, 87, &info), EINVAL);
	EXPECT_ERRNO(ptc_set_syscall_info(pid, 80, &info), EINVAL);
	EXPECT_OK(ptc_set_syscall_info(pid, 88, &info));
}
