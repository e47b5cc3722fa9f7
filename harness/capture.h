/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the runner keeps of a case program's output: bounded, and text that
 * every output format can carry.
 *
 * A case may print without end (a kernel that lets a stopped tracee run):
 * the runner keeps the first and the last CAPTURE_KEEP / 2 bytes and counts
 * the rest, so its memory stays bounded whatever a case writes. When the
 * program ends, the bytes become text: valid UTF-8 is kept, newlines and
 * tabs too; any other byte (invalid UTF-8, NUL, control characters, which
 * JSON needs escaped and XML cannot carry at all) is written visibly as
 * \xNN, so TAP, results.json and junit.xml show the same text.
 */
#ifndef PTC_CAPTURE_H
#define PTC_CAPTURE_H

#include <stddef.h>

#define CAPTURE_KEEP (256 * 1024)

struct capture {
	char *head;		/* the first bytes, up to limit / 2 */
	size_t head_len;
	char *tail;		/* a ring of the last bytes, up to limit / 2 */
	size_t tail_len, tail_at;
	unsigned long long total;
	size_t limit;		/* CAPTURE_KEEP unless set */
};

/* Append n bytes. */
void capture_add(struct capture *c, const char *buf, size_t n);
/* The kept bytes as text (see above), with a line saying how much was
 * dropped; the capture is emptied. Never NULL (exits if out of memory). */
char *capture_text(struct capture *c);

#endif
