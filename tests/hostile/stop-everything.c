// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: stops, then kills, every process it may signal. */
#include "ptc.h"

PTC_CASE(.claim = "hostile: kill(-1, SIGSTOP) then kill(-1, SIGKILL)")
{
	kill(-1, SIGSTOP);
	kill(-1, SIGKILL);
	ASSERT_TRUE(1);
}
