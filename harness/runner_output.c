// SPDX-License-Identifier: GPL-2.0
/* The runner's outputs: the TAP lines of a job, the JSON results file (its
 * schema is reports/results.schema.json) and the JUnit XML file. */
#include <sys/utsname.h>

#include "runner.h"

/* Each line of text after "prefix " in a record, or every line of output. */
typedef void (*line_fn)(FILE *out, const char *line, int len, bool first);

static void each_line(FILE *out, const char *text, const char *prefix, line_fn fn)
{
	size_t plen = prefix ? strlen(prefix) : 0;
	bool first = true;

	for (const char *line = text ? text : ""; *line;) {
		const char *nl = strchr(line, '\n');
		int len = nl ? (int)(nl - line) : (int)strlen(line);

		if (!prefix) {
			fn(out, line, len, first);
			first = false;
		} else if ((size_t)len >= plen && strncmp(line, prefix, plen) == 0) {
			fn(out, line + plen, len - (int)plen, first);
			first = false;
		}
		line += len + (nl ? 1 : 0);
	}
}

static void tap_comment(FILE *out, const char *line, int len, bool first)
{
	fprintf(out, "#   %.*s\n", len, line);
}

static bool worth_details(enum result r)
{
	return r == RESULT_FAIL || r == RESULT_XPASS || r == RESULT_TIMEOUT || r == RESULT_ERROR;
}

void print_tap_job(FILE *out, const struct job *j, int number)
{
	char line[1024];

	if (worth_details(j->result)) {
		fprintf(out, "# %s: %s\n", j->name, j->meta.claim);
		each_line(out, j->rec, "diag ", tap_comment);
		if (j->out && *j->out) {
			fprintf(out, "# output:\n");
			each_line(out, j->out, NULL, tap_comment);
		}
		if (j->rec && strstr(j->rec, "\ntrace ")) {
			fprintf(out, "# trace of ptrace requests and wait results:\n");
			each_line(out, j->rec, "trace ", tap_comment);
		}
		if (j->meta.links[0])
			fprintf(out, "# links and fix commits: %s\n", j->meta.links);
	}
	result_tap_line(line, sizeof(line), number, j->name, j->result, j->reason);
	fprintf(out, "%s\n", line);
}

/* ---- JSON ---------------------------------------------------------------------- */

static void json_array_item(FILE *out, const char *line, int len, bool first)
{
	char buf[4096];

	snprintf(buf, sizeof(buf), "%.*s", len, line);
	fprintf(out, "%s\n        ", first ? "" : ",");
	json_string(out, buf);
}

static void json_lines(FILE *out, const char *key, const char *text, const char *prefix)
{
	fprintf(out, "      \"%s\": [", key);
	each_line(out, text, prefix, json_array_item);
	fprintf(out, "]");
}

static void json_kv(FILE *out, const char *indent, const char *key, const char *val, bool comma)
{
	fprintf(out, "%s\"%s\": ", indent, key);
	json_string(out, val);
	fprintf(out, "%s\n", comma ? "," : "");
}

bool write_json(const char *path, const struct run_info *run, struct job *jobs, int njobs)
{
	char tmp[4200], uname_all[1024];
	struct utsname u;
	unsigned counts[RESULT_COUNT] = { 0 };
	FILE *out;

	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	out = fopen(tmp, "w");
	if (!out) {
		fprintf(stderr, "ptc-run: cannot write %s: %s\n", tmp, strerror(errno));
		return false;
	}
	uname(&u);
	snprintf(uname_all, sizeof(uname_all), "%s %s %s %s %s", u.sysname, u.nodename, u.release,
		 u.version, u.machine);
	for (int i = 0; i < njobs; i++)
		if (jobs[i].finished)
			counts[jobs[i].result]++;

	fprintf(out, "{\n  \"schema\": \"ptrace-conformance-results/1\",\n");
	fprintf(out, "  \"suite\": {\"name\": \"ptrace-conformance\", \"version\": \"%s\"},\n",
		SUITE_VERSION);
	fprintf(out, "  \"kernel\": {\n");
	json_kv(out, "    ", "release", u.release, true);
	json_kv(out, "    ", "uname", uname_all, true);
	json_kv(out, "    ", "arch", u.machine, false);
	fprintf(out, "  },\n  \"run\": {\n");
	json_kv(out, "    ", "label", run->label, true);
	json_kv(out, "    ", "how", run->how, true);
	json_kv(out, "    ", "tracee_abi", run->abi, true);
	json_kv(out, "    ", "started", run->started, true);
	fprintf(out, "    \"duration_s\": %.3f,\n    \"jobs\": %d,\n    \"repeat\": %d,\n",
		run->duration_s, run->jobs, run->repeat);
	if (run->shuffle_seed >= 0)
		fprintf(out, "    \"shuffle_seed\": %ld,\n", run->shuffle_seed);
	else
		fprintf(out, "    \"shuffle_seed\": null,\n");
	fprintf(out, "    \"timeout_scale\": %g,\n    \"pid_namespace\": %s,\n", run->timeout_scale,
		run->pidns ? "true" : "false");
	fprintf(out, "    \"complete\": %s\n  },\n", run->interrupted ? "false" : "true");
	fprintf(out, "  \"totals\": {");
	for (int r = 0; r < RESULT_COUNT; r++)
		fprintf(out, "%s\"%s\": %u", r ? ", " : "", result_name((enum result)r), counts[r]);
	fprintf(out, "},\n  \"cases\": [");

	bool first = true;

	for (int i = 0; i < njobs; i++) {
		struct job *j = &jobs[i];
		char group[96];
		const char *dot = strchr(j->meta.name, '.');

		if (!j->finished)
			continue;
		snprintf(group, sizeof(group), "%.*s", (int)strcspn(j->meta.name, "."), j->meta.name);
		fprintf(out, "%s\n    {\n", first ? "" : ",");
		first = false;
		json_kv(out, "      ", "name", j->name, true);
		json_kv(out, "      ", "case", j->meta.name, true);
		json_kv(out, "      ", "group", group, true);
		json_kv(out, "      ", "behaviour", dot ? dot + 1 : j->meta.name, true);
		fprintf(out, "      \"variant\": ");
		if (j->variant[0])
			json_string(out, j->variant);
		else
			fprintf(out, "null");
		fprintf(out, ",\n      \"iteration\": %d,\n", j->iteration);
		json_kv(out, "      ", "result", result_name(j->result), true);
		json_kv(out, "      ", "reason", j->reason, true);
		fprintf(out, "      \"duration_ms\": %.3f,\n", j->duration_ms);
		json_lines(out, "diagnostics", j->rec, "diag ");
		fprintf(out, ",\n");
		json_lines(out, "trace", j->rec, "trace ");
		fprintf(out, ",\n");
		json_kv(out, "      ", "output", j->out ? j->out : "", true);
		fprintf(out, "      \"meta\": {\n");
		{
			char source[256];
			const struct ptc_meta *m = &j->meta;

			snprintf(source, sizeof(source), "cases/%s/%s.c", group, dot ? dot + 1 : "");
			json_kv(out, "        ", "claim", m->claim, true);
			json_kv(out, "        ", "man", m->man, true);
			json_kv(out, "        ", "spec", m->spec, true);
			json_kv(out, "        ", "since", m->since, true);
			json_kv(out, "        ", "needs", m->needs, true);
			json_kv(out, "        ", "variants", m->variants, true);
			json_kv(out, "        ", "xfail", m->xfail, true);
			json_kv(out, "        ", "kernels", m->kernels, true);
			json_kv(out, "        ", "links", m->links, true);
			json_kv(out, "        ", "man_stale", m->man_stale, true);
			json_kv(out, "        ", "source", source, false);
		}
		fprintf(out, "      }\n    }");
	}
	fprintf(out, "\n  ]\n}\n");
	if (fclose(out) != 0 || rename(tmp, path) != 0) {
		fprintf(stderr, "ptc-run: cannot write %s: %s\n", path, strerror(errno));
		return false;
	}
	return true;
}

/* ---- JUnit ----------------------------------------------------------------------- */

static void xml_text(FILE *out, const char *s, int len)
{
	for (int i = 0; s && s[i] && (len < 0 || i < len); i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '<')
			fputs("&lt;", out);
		else if (ch == '>')
			fputs("&gt;", out);
		else if (ch == '&')
			fputs("&amp;", out);
		else if (ch == '"')
			fputs("&quot;", out);
		else if (ch < 0x20 && ch != '\n' && ch != '\t')
			fputc('?', out);
		else
			fputc(ch, out);
	}
}

static void xml_line(FILE *out, const char *line, int len, bool first)
{
	xml_text(out, line, len);
	fputc('\n', out);
}

bool write_junit(const char *path, const struct run_info *run, struct job *jobs, int njobs)
{
	unsigned failures = 0, errors = 0, skipped = 0, tests = 0;
	char tmp[4200];
	FILE *out;

	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	out = fopen(tmp, "w");
	if (!out) {
		fprintf(stderr, "ptc-run: cannot write %s: %s\n", tmp, strerror(errno));
		return false;
	}
	for (int i = 0; i < njobs; i++) {
		if (!jobs[i].finished)
			continue;
		tests++;
		switch (jobs[i].result) {
		case RESULT_FAIL:
		case RESULT_XPASS:
			failures++;
			break;
		case RESULT_TIMEOUT:
		case RESULT_ERROR:
			errors++;
			break;
		case RESULT_SKIP:
		case RESULT_UNSUPPORTED:
			skipped++;
			break;
		default:
			break;
		}
	}
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(out, "<testsuites>\n  <testsuite name=\"ptrace-conformance.");
	xml_text(out, run->label, -1);
	fprintf(out, "\" tests=\"%u\" failures=\"%u\" errors=\"%u\" skipped=\"%u\" time=\"%.3f\">\n",
		tests, failures, errors, skipped, run->duration_s);
	for (int i = 0; i < njobs; i++) {
		struct job *j = &jobs[i];
		const char *dot = strchr(j->name, '.');
		const char *tag = NULL;

		if (!j->finished)
			continue;
		fprintf(out, "    <testcase classname=\"%.*s\" name=\"", (int)(dot ? dot - j->name : 0),
			j->name);
		xml_text(out, dot ? dot + 1 : j->name, -1);
		fprintf(out, "\" time=\"%.3f\">", j->duration_ms / 1e3);
		switch (j->result) {
		case RESULT_FAIL:
		case RESULT_XPASS:
			tag = "failure";
			break;
		case RESULT_TIMEOUT:
		case RESULT_ERROR:
			tag = "error";
			break;
		case RESULT_SKIP:
		case RESULT_UNSUPPORTED:
			fprintf(out, "<skipped message=\"");
			xml_text(out, j->reason, -1);
			fprintf(out, "\"/>");
			break;
		default:
			break;
		}
		if (tag) {
			fprintf(out, "\n      <%s message=\"%s: ", tag, result_name(j->result));
			xml_text(out, j->reason, -1);
			fprintf(out, "\">");
			each_line(out, j->rec, "diag ", xml_line);
			each_line(out, j->rec, "trace ", xml_line);
			fprintf(out, "</%s>\n    ", tag);
		}
		fprintf(out, "</testcase>\n");
	}
	fprintf(out, "  </testsuite>\n</testsuites>\n");
	if (fclose(out) != 0 || rename(tmp, path) != 0) {
		fprintf(stderr, "ptc-run: cannot write %s: %s\n", path, strerror(errno));
		return false;
	}
	return true;
}
