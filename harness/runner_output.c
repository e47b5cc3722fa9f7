// SPDX-License-Identifier: GPL-2.0
/* The runner's outputs: the TAP lines of a job, the JSON results file (its
 * schema is reports/results.schema.json); JUnit is made from that file by
 * reports/junit.py. */
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

/* The JSON writer serves the results file (indented) and the stream (one
 * line per object, for a VM runner that must keep what a dying guest already
 * reported). Both go through the same functions, so the two cannot differ. */
struct jw {
	FILE *out;
	bool compact;
};

/* A newline and an indent of depth levels, or nothing when compact. */
static void jw_nl(const struct jw *w, int depth)
{
	if (!w->compact)
		fprintf(w->out, "\n%*s", 2 * depth, "");
}

static void jw_key(const struct jw *w, int depth, const char *key, bool first)
{
	if (!first)
		fputc(',', w->out);
	jw_nl(w, depth);
	fprintf(w->out, "\"%s\": ", key);
}

static void jw_kv(const struct jw *w, int depth, const char *key, const char *val, bool first)
{
	jw_key(w, depth, key, first);
	json_string(w->out, val);
}

static void jw_lines(const struct jw *w, int depth, const char *key, const char *text,
		     const char *prefix)
{
	size_t plen = strlen(prefix);
	bool first = true;

	jw_key(w, depth, key, false);
	fputc('[', w->out);
	for (const char *line = text ? text : ""; *line;) {
		const char *nl = strchr(line, '\n');
		int len = nl ? (int)(nl - line) : (int)strlen(line);

		if ((size_t)len >= plen && strncmp(line, prefix, plen) == 0) {
			char buf[4096];

			snprintf(buf, sizeof(buf), "%.*s", len - (int)plen, line + plen);
			if (!first)
				fputc(',', w->out);
			jw_nl(w, depth + 1);
			json_string(w->out, buf);
			first = false;
		}
		line += len + (nl ? 1 : 0);
	}
	fputc(']', w->out);
}

/* The request or option an unsupported result names: ptc_unsupported()
 * (harness/case_main.c) reports "<what>: not supported by this kernel...". */
static bool unsupported_feature(const struct job *j, char *buf, size_t len)
{
	const char *end = strstr(j->reason, ": not supported by this kernel");

	if (!j->finished || j->result != RESULT_UNSUPPORTED || !end || end == j->reason)
		return false;
	snprintf(buf, len, "%.*s", (int)(end - j->reason), j->reason);
	return true;
}

/* One case object. A job that has not finished (the stream's "start" line)
 * is written as an error that did not finish. */
static void jw_case(const struct jw *w, int depth, const struct job *j)
{
	char group[96], feature[512];
	const char *dot = strchr(j->meta.name, '.');
	const struct ptc_meta *m = &j->meta;
	FILE *out = w->out;

	snprintf(group, sizeof(group), "%.*s", (int)strcspn(m->name, "."), m->name);
	fputc('{', out);
	jw_kv(w, depth + 1, "name", j->name, true);
	jw_kv(w, depth + 1, "case", m->name, false);
	jw_kv(w, depth + 1, "group", group, false);
	jw_kv(w, depth + 1, "behaviour", dot ? dot + 1 : m->name, false);
	jw_key(w, depth + 1, "variant", false);
	if (j->variant[0])
		json_string(out, j->variant);
	else
		fprintf(out, "null");
	jw_key(w, depth + 1, "iteration", false);
	fprintf(out, "%d", j->iteration);
	jw_kv(w, depth + 1, "result", j->finished ? result_name(j->result) : "error", false);
	jw_kv(w, depth + 1, "reason", j->finished ? j->reason : "did not finish", false);
	jw_key(w, depth + 1, "feature", false);
	if (unsupported_feature(j, feature, sizeof(feature)))
		json_string(out, feature);
	else
		fprintf(out, "null");
	jw_key(w, depth + 1, "duration_ms", false);
	fprintf(out, "%.3f", j->finished ? j->duration_ms : 0.0);
	jw_lines(w, depth + 1, "diagnostics", j->rec, "diag ");
	jw_lines(w, depth + 1, "trace", j->rec, "trace ");
	jw_kv(w, depth + 1, "output", j->out ? j->out : "", false);
	jw_key(w, depth + 1, "meta", false);
	fputc('{', out);
	{
		char source[256];

		snprintf(source, sizeof(source), "cases/%s/%s.c", group, dot ? dot + 1 : "");
		jw_kv(w, depth + 2, "claim", m->claim, true);
		jw_kv(w, depth + 2, "man", m->man, false);
		jw_kv(w, depth + 2, "spec", m->spec, false);
		jw_kv(w, depth + 2, "since", m->since, false);
		jw_kv(w, depth + 2, "needs", m->needs, false);
		jw_kv(w, depth + 2, "variants", m->variants, false);
		jw_kv(w, depth + 2, "xfail", m->xfail, false);
		jw_kv(w, depth + 2, "kernels", m->kernels, false);
		jw_kv(w, depth + 2, "links", m->links, false);
		jw_kv(w, depth + 2, "man_stale", m->man_stale, false);
		jw_kv(w, depth + 2, "source", source, false);
		jw_kv(w, depth + 2, "timeout", m->timeout, false);
	}
	jw_nl(w, depth + 1);
	fputc('}', out);
	jw_nl(w, depth);
	fputc('}', out);
}

/* The "platform" object: what this machine can show, and the kernel config
 * the refusals were judged by. */
static void jw_platform(const struct jw *w, const struct run_info *run)
{
	struct utsname u;
	FILE *out = w->out;

	uname(&u);
	jw_key(w, 1, "platform", false);
	fputc('{', out);
	jw_kv(w, 2, "arch", u.machine, true);
	jw_kv(w, 2, "tracee_arch", PTC_ARCH, false);
	jw_key(w, 2, "page_size", false);
	fprintf(out, "%ld", sysconf(_SC_PAGESIZE));
	jw_key(w, 2, "kernel_config", false);
	fputc('{', out);
	jw_key(w, 3, "source", true);
	if (run->kconfig[0])
		json_string(out, run->kconfig);
	else
		fprintf(out, "null");
	jw_key(w, 3, "options", false);
	fprintf(out, "%u", run->kconfig[0] ? ptc_kconfig_options() : 0);
	jw_kv(w, 3, "note", run->kconfig_note, false);
	jw_nl(w, 2);
	fputc('}', out);
	jw_key(w, 2, "facts", false);
	fputc('{', out);
	for (int f = 0; f < PTC_FACT_COUNT; f++) {
		const struct ptc_fact_value *v = ptc_platform_fact((enum ptc_fact)f);

		jw_key(w, 3, ptc_fact_name((enum ptc_fact)f), f == 0);
		fputc('{', out);
		jw_kv(w, 4, "state", ptc_fact_state_name(v->state), true);
		jw_kv(w, 4, "detail", v->detail, false);
		jw_key(w, 4, "given", false);
		fprintf(out, "%s", v->given ? "true" : "false");
		jw_nl(w, 3);
		fputc('}', out);
	}
	jw_nl(w, 2);
	fputc('}', out);
	jw_nl(w, 1);
	fputc('}', out);
}

void print_platform_tap(FILE *out, const struct run_info *run)
{
	for (int f = 0; f < PTC_FACT_COUNT; f++) {
		const struct ptc_fact_value *v = ptc_platform_fact((enum ptc_fact)f);

		fprintf(out, "# platform: %s=%s (%s%s)\n", ptc_fact_name((enum ptc_fact)f),
			ptc_fact_state_name(v->state), v->given ? "given: " : "", v->detail);
	}
	if (run->kconfig[0])
		fprintf(out, "# kernel config: %s (%u options)\n", run->kconfig, ptc_kconfig_options());
	else
		fprintf(out, "# kernel config: none (%s): refusals cannot be verified\n",
			run->kconfig_note);
}

/* "schema", "suite", "kernel" and the "run" object's fields known before the
 * run ends; the caller closes the run object. */
static void jw_head(const struct jw *w, const struct run_info *run)
{
	char uname_all[1024];
	struct utsname u;
	FILE *out = w->out;

	uname(&u);
	snprintf(uname_all, sizeof(uname_all), "%s %s %s %s %s", u.sysname, u.nodename, u.release,
		 u.version, u.machine);
	jw_kv(w, 1, "schema", "ptrace-conformance-results/1", true);
	jw_key(w, 1, "suite", false);
	fprintf(out, "{\"name\": \"ptrace-conformance\", \"version\": \"%s\"}", SUITE_VERSION);
	jw_key(w, 1, "kernel", false);
	fputc('{', out);
	jw_kv(w, 2, "release", u.release, true);
	jw_kv(w, 2, "uname", uname_all, false);
	jw_kv(w, 2, "arch", u.machine, false);
	jw_nl(w, 1);
	fputc('}', out);
	jw_platform(w, run);
	jw_key(w, 1, "run", false);
	fputc('{', out);
	jw_kv(w, 2, "label", run->label, true);
	jw_kv(w, 2, "how", run->how, false);
	jw_kv(w, 2, "tracee_abi", run->abi, false);
	jw_kv(w, 2, "started", run->started, false);
	jw_key(w, 2, "jobs", false);
	fprintf(out, "%d", run->jobs);
	jw_key(w, 2, "repeat", false);
	fprintf(out, "%d", run->repeat);
	jw_key(w, 2, "shuffle_seed", false);
	if (run->shuffle_seed >= 0)
		fprintf(out, "%ld", run->shuffle_seed);
	else
		fprintf(out, "null");
	jw_key(w, 2, "timeout_scale", false);
	fprintf(out, "%g", run->timeout_scale);
	jw_key(w, 2, "pid_namespace", false);
	fprintf(out, "%s", run->pidns ? "true" : "false");
	jw_key(w, 2, "case_pid_namespaces", false);
	fprintf(out, "%s", run->case_pidns ? "true" : "false");
}

/* The fields known only at the end: the run's duration and completeness
 * (inside the run object) and the totals. */
static void jw_tail(const struct jw *w, const struct run_info *run, const struct job *jobs,
		    int njobs)
{
	unsigned counts[RESULT_COUNT] = { 0 };
	FILE *out = w->out;

	for (int i = 0; i < njobs; i++)
		if (jobs[i].finished)
			counts[jobs[i].result]++;
	jw_key(w, 2, "duration_s", false);
	fprintf(out, "%.3f", run->duration_s);
	jw_key(w, 2, "complete", false);
	fprintf(out, "%s", run->interrupted || run->snapshot ? "false" : "true");
	jw_nl(w, 1);
	fputc('}', out);
	jw_key(w, 1, "totals", false);
	fputc('{', out);
	for (int r = 0; r < RESULT_COUNT; r++)
		fprintf(out, "%s\"%s\": %u", r ? ", " : "", result_name((enum result)r), counts[r]);
	fputc('}', out);
}

bool write_json(const char *path, const struct run_info *run, struct job *jobs, int njobs)
{
	char tmp[4200];
	struct jw w = { .compact = false };
	bool first = true;

	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	w.out = fopen(tmp, "w");
	if (!w.out) {
		fprintf(stderr, "ptc-run: cannot write %s: %s\n", tmp, strerror(errno));
		return false;
	}
	fputc('{', w.out);
	jw_head(&w, run);
	jw_tail(&w, run, jobs, njobs);
	jw_key(&w, 1, "cases", false);
	fputc('[', w.out);
	for (int i = 0; i < njobs; i++) {
		if (!jobs[i].finished)
			continue;
		if (!first)
			fputc(',', w.out);
		first = false;
		jw_nl(&w, 2);
		jw_case(&w, 2, &jobs[i]);
	}
	jw_nl(&w, 1);
	fputs("]\n}\n", w.out);
	if (fclose(w.out) != 0 || rename(tmp, path) != 0) {
		fprintf(stderr, "ptc-run: cannot write %s: %s\n", path, strerror(errno));
		return false;
	}
	return true;
}

/* ---- the stream ------------------------------------------------------------------ */

/* Each line is "@ptc <kind> <one JSON object>", written with one write() so
 * that lines from the TAP stream on the same channel never split it:
 *   head   {schema, suite, kernel, run, selected: [names]}   before the first case
 *   start  a case object (not finished)   when a job starts
 *   case   a case object                  when a job finishes
 *   tail   {run: {duration_s, complete}, totals}   at the end
 * A VM runner rebuilds results.json from these if the guest dies. */
static void stream_line(int fd, const char *kind, void (*fill)(const struct jw *, const void *),
			const void *arg)
{
	char *buf = NULL;
	size_t len = 0;
	struct jw w = { .compact = true };

	if (fd < 0)
		return;
	w.out = open_memstream(&buf, &len);
	if (!w.out)
		return;
	fprintf(w.out, "@ptc %s ", kind);
	fill(&w, arg);
	fputc('\n', w.out);
	if (fclose(w.out) == 0) {
		for (size_t off = 0; off < len;) {
			ssize_t n = write(fd, buf + off, len - off);

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			off += n;
		}
	}
	free(buf);
}

struct head_arg {
	const struct run_info *run;
	const struct job *jobs;
	int njobs;
};

/* The head also names every selected case (once, in run order), so that a
 * VM runner whose guest died can start another with the rest. */
static void fill_head(const struct jw *w, const void *arg)
{
	const struct head_arg *h = arg;
	bool first = true;

	fputc('{', w->out);
	jw_head(w, h->run);
	fputs("}, \"selected\": [", w->out);
	for (int i = 0; i < h->njobs; i++) {
		if (h->jobs[i].iteration != 1)
			continue;	/* each name has exactly one first iteration */
		fputs(first ? "" : ", ", w->out);
		json_string(w->out, h->jobs[i].name);
		first = false;
	}
	fputs("]}", w->out);
}

static void fill_case(const struct jw *w, const void *arg)
{
	jw_case(w, 0, arg);
}

struct tail_arg {
	const struct run_info *run;
	const struct job *jobs;
	int njobs;
};

static void fill_tail(const struct jw *w, const void *arg)
{
	const struct tail_arg *t = arg;

	/* jw_tail closes a run object: open one for it. */
	fputs("{\"run\": {\"label\": ", w->out);
	json_string(w->out, t->run->label);
	jw_tail(w, t->run, t->jobs, t->njobs);
	fputc('}', w->out);
}

void stream_head(int fd, const struct run_info *run, const struct job *jobs, int njobs)
{
	struct head_arg h = { run, jobs, njobs };

	stream_line(fd, "head", fill_head, &h);
}

void stream_job(int fd, const struct job *j)
{
	stream_line(fd, j->finished ? "case" : "start", fill_case, j);
}

void stream_tail(int fd, const struct run_info *run, const struct job *jobs, int njobs)
{
	struct tail_arg t = { run, jobs, njobs };

	stream_line(fd, "tail", fill_tail, &t);
}
