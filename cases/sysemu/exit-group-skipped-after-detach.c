// SPDX-License-Identifier: GPL-2.0
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

#if defined(__x86_64__)
static int exit_group_returns(void *arg)
{
	long r;

	syscall(SYS_getppid);
	r = syscall(SYS_exit_group, 3);
	/* Still here: the call was skipped, and returned what the tracer poked. */
	return r == 42 ? 0 : 4;
}
#endif

PTC_CASE(
	.claim = "A syscall stopped at its PTRACE_SYSEMU enter-stop stays skipped when the "
		 "tracer detaches there: exit_group(3) does not run, and returns the value the "
		 "tracer poked into rax (PTRACE_POKEUSER) before PTRACE_DETACH, so the detached "
		 "process goes on and exits on its own",
	.man = "PTRACE_SYSEMU; PTRACE_DETACH",
	.spec = "C119 C264",
	.since = "2.6.14",
	.needs = "arch:x86_64",
	.links = "ptrace-tests: sysemu",
)
{
#if defined(__x86_64__)
	pid_t pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, exit_group_returns, NULL);

	ptc_syscall_to_exit(pid, SYS_getppid);
	ptc_sysemu_to_entry(pid);
	ASSERT_EQ(ptc_syscall_nr(pid), SYS_exit_group);
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, PTC_USER_RET, 42));
	ASSERT_OK(PTRACE(PTRACE_DETACH, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
#endif
}
