// SPDX-License-Identifier: GPL-2.0
/* Progress of a case's processes, from /proc (idle.h). */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "idle.h"

static ssize_t read_text(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, len - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	return n;
}

static void note(struct idle_sample *s, const char *fmt, pid_t tid, char state, const char *wchan)
{
	size_t n = strlen(s->states);

	if (n + 64 < sizeof(s->states))
		snprintf(s->states + n, sizeof(s->states) - n, fmt, n ? ", " : "", tid, state,
			 wchan[0] && strcmp(wchan, "0") ? " " : "", strcmp(wchan, "0") ? wchan : "");
}

/* One thread: its state and CPU time into the sample. */
static void thread_sample(pid_t pid, pid_t tid, struct idle_sample *s)
{
	char path[96], buf[1024], wchan[64] = "";
	unsigned long long utime, stime;
	char state, *p;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", pid, tid);
	if (read_text(path, buf, sizeof(buf)) <= 0 || !(p = strrchr(buf, ')')))
		return;		/* gone since the listing: the next sample sees it */
	if (sscanf(p + 2, "%c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &state, &utime,
		   &stime) != 3)
		return;
	snprintf(path, sizeof(path), "/proc/%d/task/%d/wchan", pid, tid);
	read_text(path, wchan, sizeof(wchan));
	s->cpu += utime + stime;
	s->who = s->who * 1000003 + (unsigned long long)tid;
	/* Asleep (S), stopped (T, t), dead or a zombie (X, Z): nothing moves. */
	if (!strchr("STtXZI", state))
		s->idle = false;
	note(s, "%s%d %c%s%s", tid, state, wchan);
}

/* Every process below pid, depth first, through each thread's children. */
static void walk(pid_t pid, struct idle_sample *s, int depth)
{
	char path[96], buf[4096];
	struct dirent *e;
	DIR *tasks;

	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	tasks = opendir(path);
	if (!tasks)
		return;
	while ((e = readdir(tasks))) {
		pid_t tid = (pid_t)atoi(e->d_name);

		if (tid <= 0)
			continue;
		if (depth > 0)
			thread_sample(pid, tid, s);
		snprintf(path, sizeof(path), "/proc/%d/task/%d/children", pid, tid);
		if (depth < 64 && read_text(path, buf, sizeof(buf)) > 0)
			for (char *p = buf, *end; *p; p = end) {
				long child = strtol(p, &end, 10);

				if (end == p)
					break;
				walk((pid_t)child, s, depth + 1);
			}
	}
	closedir(tasks);
}

void idle_sample(pid_t root, struct idle_sample *s)
{
	char path[96];

	*s = (struct idle_sample){ .idle = true };
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", root, root);
	if (access(path, R_OK) != 0) {
		/* No CONFIG_PROC_CHILDREN: the processes cannot be found. */
		s->idle = false;
		return;
	}
	walk(root, s, 0);
	if (!s->who)
		s->idle = false;	/* nothing found: no claim about it */
}
