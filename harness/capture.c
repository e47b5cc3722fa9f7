// SPDX-License-Identifier: GPL-2.0
/* Bounded capture of a case program's output, made into text (capture.h). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"

static void *must(void *p)
{
	if (!p) {
		fprintf(stderr, "ptc-run: out of memory\n");
		exit(1);
	}
	return p;
}

void capture_add(struct capture *c, const char *buf, size_t n)
{
	size_t half = (c->limit ? c->limit : CAPTURE_KEEP) / 2;

	c->total += n;
	if (c->head_len < half) {
		size_t take = n < half - c->head_len ? n : half - c->head_len;

		if (!c->head)
			c->head = must(malloc(half));
		memcpy(c->head + c->head_len, buf, take);
		c->head_len += take;
		buf += take;
		n -= take;
	}
	if (n == 0)
		return;
	if (!c->tail)
		c->tail = must(malloc(half));
	if (n >= half) {		/* only the last half bytes of this write stay */
		memcpy(c->tail, buf + n - half, half);
		c->tail_len = half;
		c->tail_at = 0;
		return;
	}
	{
		size_t first = n < half - c->tail_at ? n : half - c->tail_at;

		memcpy(c->tail + c->tail_at, buf, first);
		memcpy(c->tail, buf + first, n - first);
		c->tail_at = (c->tail_at + n) % half;
		c->tail_len = c->tail_len + n > half ? half : c->tail_len + n;
	}
}

/* The length of a valid UTF-8 sequence at s (at most n bytes) that XML can
 * carry, or 0. */
static size_t utf8_char(const unsigned char *s, size_t n)
{
	unsigned cp;
	size_t len;

	if (s[0] < 0x80)
		return (s[0] >= 0x20 && s[0] != 0x7f) || s[0] == '\n' || s[0] == '\t';
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
		return 0;
	return len;
}

/* Append bytes as text to out (room for 4 output bytes per input byte). */
static size_t textify(char *out, const unsigned char *s, size_t n)
{
	size_t o = 0;

	for (size_t i = 0; i < n;) {
		size_t len = utf8_char(s + i, n - i);

		if (len) {
			memcpy(out + o, s + i, len);
			o += len;
			i += len;
		} else {
			o += (size_t)sprintf(out + o, "\\x%02x", s[i++]);
		}
	}
	return o;
}

char *capture_text(struct capture *c)
{
	size_t half = (c->limit ? c->limit : CAPTURE_KEEP) / 2;
	unsigned long long dropped = c->total - c->head_len - c->tail_len;
	char *text = must(malloc(4 * (c->head_len + c->tail_len) + 200));
	size_t o = textify(text, (unsigned char *)c->head, c->head_len);

	if (dropped)
		o += (size_t)sprintf(text + o, "%s[ptc-run: %llu bytes of output dropped: %llu "
				     "written, the first %zu and the last %zu kept]\n",
				     o && text[o - 1] != '\n' ? "\n" : "", dropped, c->total,
				     c->head_len, c->tail_len);
	if (c->tail_len) {
		/* The ring's oldest byte is at tail_at once it has wrapped. */
		size_t start = c->tail_len == half ? c->tail_at : 0;

		o += textify(text + o, (unsigned char *)c->tail + start, c->tail_len - start);
		o += textify(text + o, (unsigned char *)c->tail, start);
	}
	text[o] = 0;
	free(c->head);
	free(c->tail);
	*c = (struct capture){ .limit = c->limit };
	return text;
}
