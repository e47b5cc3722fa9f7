// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "signals.h"

PTC_CASE(
	.claim = "Each of the four stopping signals (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU), "
		 "injected at its signal-delivery-stop with the default action, puts the tracee "
		 "in group-stop (PTRACE_GETSIGINFO fails with EINVAL)",
	.man = "Group-stop",
	.spec = "C247 C246",
)
{
	static const int stops[] = { SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU };

	for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++) {
		pid_t pid = ptc_start(PTC_ATTACH, 0, ptc_idle, NULL);

		ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
		ptc_enter_group_stop(pid, false, stops[i]);
		ASSERT_OK(kill(pid, SIGKILL));
		ASSERT_KILLED(pid, SIGKILL);
	}
}
