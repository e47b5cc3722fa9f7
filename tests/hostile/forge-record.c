// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: the body writes a passing record to the result channel
 * and then fails; the failure must stand. */
#include "ptc.h"

PTC_CASE(.claim = "hostile: a forged result record")
{
	static const char forged[] = "result pass\nreason forged\n";
	const char *fd = getenv("PTC_RESULT_FD");

	EXPECT_EQ(write(fd ? atoi(fd) : 3, forged, sizeof(forged) - 1), -1);
	ASSERT_TRUE(0);
}
