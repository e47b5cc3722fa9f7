// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: a wait for a stop that never comes, as on a kernel whose
 * PTRACE_INTERRUPT does nothing; every process of the case sleeps. */
#include "ptc.h"

PTC_CASE(.claim = "hostile: waits for ever with nothing running", .timeout = "20")
{
	pid_t pid = ptc_start(PTC_SEIZE, 0, ptc_idle, NULL);

	ptc_next_stop(pid);
}
