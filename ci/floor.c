// SPDX-License-Identifier: GPL-2.0
/* The floor for per-case overhead: fork, exec and reap of a trivial
 * program, N times; prints the median in microseconds. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int n = argc > 2 ? atoi(argv[2]) : 200;
	double *t = calloc(n, sizeof(double));
	char *args[] = { argv[1], NULL };

	if (argc < 2 || n <= 0 || !t) {
		fprintf(stderr, "usage: floor PROGRAM [N]\n");
		return 2;
	}
	for (int i = 0; i < n; i++) {
		struct timespec a, b;
		pid_t pid;
		int st;

		clock_gettime(CLOCK_MONOTONIC, &a);
		if (posix_spawn(&pid, argv[1], NULL, NULL, args, environ) != 0) {
			perror("posix_spawn");
			return 1;
		}
		waitpid(pid, &st, 0);
		clock_gettime(CLOCK_MONOTONIC, &b);
		t[i] = (b.tv_sec - a.tv_sec) * 1e6 + (b.tv_nsec - a.tv_nsec) / 1e3;
	}
	qsort(t, n, sizeof(double), cmp);
	printf("%.1f\n", t[n / 2]);
	return 0;
}
