// SPDX-License-Identifier: GPL-2.0
/* Hostile fixture: writes 1 GiB to its output. */
#include "ptc.h"

PTC_CASE(.claim = "hostile: 1 GiB of output", .timeout = "120")
{
	static char chunk[1 << 20];

	memset(chunk, 'x', sizeof(chunk));
	chunk[sizeof(chunk) - 1] = '\n';
	for (int i = 0; i < 1024; i++)
		if (write(1, chunk, sizeof(chunk)) != (ssize_t)sizeof(chunk))
			break;
	ASSERT_TRUE(1);
}
