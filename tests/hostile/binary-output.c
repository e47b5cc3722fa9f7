// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: output and diagnostics that are not valid UTF-8, with
 * NUL and control bytes. */
#include "ptc.h"

PTC_CASE(.claim = "hostile: bytes that are not text")
{
	static const char junk[] = "start \xff\xfe bad \x00 after-nul \x01\x1b[31m \xc3\xa9 end\n";

	if (write(1, junk, sizeof(junk) - 1) < 0)
		ASSERT_TRUE(0);
	ptc_log("a diagnostic with \xff and \x7f in it");
	EXPECT_TRUE(0);
}
