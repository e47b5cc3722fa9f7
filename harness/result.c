// SPDX-License-Identifier: GPL-2.0
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "result.h"

static const char *const names[RESULT_COUNT] = {
	[RESULT_PASS] = "pass",		[RESULT_FAIL] = "fail",
	[RESULT_SKIP] = "skip",		[RESULT_UNSUPPORTED] = "unsupported",
	[RESULT_XFAIL] = "xfail",	[RESULT_XPASS] = "xpass",
	[RESULT_TIMEOUT] = "timeout",	[RESULT_ERROR] = "error",
};

const char *result_name(enum result r)
{
	return r < RESULT_COUNT ? names[r] : "error";
}

bool result_from_name(const char *s, enum result *r)
{
	for (int i = 0; i < RESULT_COUNT; i++)
		if (strcmp(s, names[i]) == 0) {
			*r = (enum result)i;
			return true;
		}
	return false;
}

int result_exit_code(enum result r)
{
	switch (r) {
	case RESULT_PASS:
		return 0;
	case RESULT_XFAIL:
		return 2;
	case RESULT_XPASS:
		return 3;
	case RESULT_SKIP:
	case RESULT_UNSUPPORTED:
		return 4;
	default:
		return 1;
	}
}

bool result_is_unexpected(enum result r)
{
	return r == RESULT_FAIL || r == RESULT_XPASS || r == RESULT_TIMEOUT || r == RESULT_ERROR;
}

void result_tap_line(char *buf, size_t len, int number, const char *name, enum result r,
		     const char *reason)
{
	static const char *const directive[RESULT_COUNT] = {
		[RESULT_SKIP] = "SKIP",	      [RESULT_UNSUPPORTED] = "SKIP unsupported:",
		[RESULT_XFAIL] = "XFAIL",     [RESULT_XPASS] = "XPASS",
		[RESULT_TIMEOUT] = "TIMEOUT", [RESULT_ERROR] = "ERROR",
	};
	bool ok = !result_is_unexpected(r) && r != RESULT_FAIL;
	int n = snprintf(buf, len, "%s %d %s", ok ? "ok" : "not ok", number, name);

	if (directive[r] && n < (int)len) {
		char clean[512];
		size_t j = 0;

		/* A reason is one line: newlines would break the stream. */
		for (size_t i = 0; reason && reason[i] && j < sizeof(clean) - 1; i++)
			clean[j++] = reason[i] == '\n' ? ' ' : reason[i];
		clean[j] = 0;
		snprintf(buf + n, len - n, " # %s%s%s", directive[r], j ? " " : "", clean);
	}
}

void result_totals_line(FILE *out, const unsigned c[RESULT_COUNT])
{
	fprintf(out, "# Totals: pass:%u fail:%u xfail:%u xpass:%u skip:%u error:%u\n",
		c[RESULT_PASS], c[RESULT_FAIL] + c[RESULT_TIMEOUT], c[RESULT_XFAIL],
		c[RESULT_XPASS], c[RESULT_SKIP] + c[RESULT_UNSUPPORTED], c[RESULT_ERROR]);
}

void classify_result(struct case_result *res, enum outcome outcome, const char *why, unsigned failures,
		     unsigned checks, int done, int status, const char *xfail)
{
	bool crashed = status != -1 && WIFSIGNALED(status);

	res->reason[0] = 0;
	if (outcome == OUTCOME_TIMEOUT) {
		res->result = RESULT_TIMEOUT;
		snprintf(res->reason, sizeof(res->reason), "%s", why);
	} else if (failures) {
		res->result = xfail && *xfail ? RESULT_XFAIL : RESULT_FAIL;
		if (xfail && *xfail)
			snprintf(res->reason, sizeof(res->reason), "%s", xfail);
	} else if (outcome == OUTCOME_SKIP || outcome == OUTCOME_UNSUPPORTED) {
		res->result = outcome == OUTCOME_SKIP ? RESULT_SKIP : RESULT_UNSUPPORTED;
		snprintf(res->reason, sizeof(res->reason), "%s", why);
	} else if (crashed) {
		res->result = RESULT_ERROR;
		snprintf(res->reason, sizeof(res->reason), "the case body was killed by %s",
			 ptc_signal_name(WTERMSIG(status)));
	} else if (!done) {
		res->result = RESULT_ERROR;
		snprintf(res->reason, sizeof(res->reason),
			 "the case body ended without finishing (exit status %d)",
			 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	} else if (!checks) {
		res->result = RESULT_ERROR;
		snprintf(res->reason, sizeof(res->reason), "the case made no check");
	} else if (xfail && *xfail) {
		res->result = RESULT_XPASS;
		snprintf(res->reason, sizeof(res->reason), "expected to fail: %s", xfail);
	} else {
		res->result = RESULT_PASS;
	}
}

static void print_lines(FILE *out, const char *prefix, const char *text)
{
	while (text && *text) {
		const char *nl = strchr(text, '\n');
		int n = nl ? (int)(nl - text) : (int)strlen(text);

		fprintf(out, "%s%.*s\n", prefix, n, text);
		text += n + (nl ? 1 : 0);
	}
}

int report_result(const struct case_result *res, const char *result_fd, const char *diag,
		  unsigned trace_first, const char *const *trace, unsigned ntrace)
{
	bool show_trace = res->result != RESULT_PASS && res->result != RESULT_SKIP &&
			  res->result != RESULT_UNSUPPORTED && ntrace;
	char line[1024];
	FILE *out;

	if (result_fd) {
		int fd = atoi(result_fd);

		out = fdopen(fd, "w");
		if (!out)
			return 1;
		fprintf(out, "result %s\n", result_name(res->result));
		print_lines(out, "reason ", res->reason);
		fprintf(out, "duration_us %lld\n", res->duration_us);
		print_lines(out, "diag ", diag);
		if (show_trace && trace_first)
			fprintf(out, "trace (%u earlier entries dropped)\n", trace_first);
		for (unsigned i = 0; show_trace && i < ntrace; i++)
			fprintf(out, "trace %s\n", trace[i]);
		fclose(out);
		return result_exit_code(res->result);
	}

	unsigned counts[RESULT_COUNT] = { 0 };

	out = stdout;
	counts[res->result]++;
	fprintf(out, "TAP version 13\n1..1\n");
	print_lines(out, "# ", diag);
	if (show_trace) {
		fprintf(out, "# trace of ptrace requests and wait results:\n");
		for (unsigned i = 0; i < ntrace; i++)
			fprintf(out, "#   %s\n", trace[i]);
	}
	result_tap_line(line, sizeof(line), 1, res->name, res->result, res->reason);
	fprintf(out, "%s\n", line);
	result_totals_line(out, counts);
	fflush(out);
	return result_exit_code(res->result);
}

void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/* A fixed-size field that may lack its NUL (a literal exactly its size). */
static void json_field(FILE *out, const char *key, const char *val, size_t size, bool last)
{
	char buf[1024];

	snprintf(buf, sizeof(buf), "%.*s", (int)size, val);
	fprintf(out, "  ");
	json_string(out, key);
	fprintf(out, ": ");
	json_string(out, buf);
	fprintf(out, "%s\n", last ? "" : ",");
}

void print_meta_json(FILE *out, const struct ptc_meta *m)
{
#define F(f, last) json_field(out, #f, m->f, sizeof(m->f), last)
	fprintf(out, "{\n");
	F(name, false);
	F(claim, false);
	F(man, false);
	F(spec, false);
	F(since, false);
	F(needs, false);
	F(variants, false);
	F(timeout, false);
	F(xfail, false);
	F(kernels, false);
	F(links, false);
	F(man_stale, true);
	fprintf(out, "}\n");
#undef F
}
