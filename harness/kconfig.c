// SPDX-License-Identifier: GPL-2.0
/* The running kernel's version and config (kconfig.h). A gzip config is
 * read through `gzip -dc`, so that no compression library is linked into
 * every static case program. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kconfig.h"

bool ptc_parse_version(const char *s, int version[3])
{
	int n = 0;

	version[0] = version[1] = version[2] = 0;
	while (n < 3 && *s >= '0' && *s <= '9') {
		version[n++] = (int)strtol(s, (char **)&s, 10);
		if (*s != '.')
			break;
		s++;
	}
	return n >= 2;
}

bool ptc_kernel_version(int version[3])
{
	struct utsname u;

	return uname(&u) == 0 && ptc_parse_version(u.release, version);
}

int ptc_version_cmp(const int a[3], const int b[3])
{
	for (int i = 0; i < 3; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

static char *text;		/* the config, with a newline in front */
static char source[4096];
static char failure[512];
static unsigned noptions;
static bool tried;

/* The whole of fd into a string after a leading newline. */
static char *slurp(int fd)
{
	size_t cap = 1 << 16, len = 1;
	char *buf = malloc(cap);
	ssize_t n;

	if (!buf)
		return NULL;
	buf[0] = '\n';
	while ((n = read(fd, buf + len, cap - len - 1)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			return NULL;
		}
		len += (size_t)n;
		if (cap - len < 2) {
			char *bigger = realloc(buf, cap *= 2);

			if (!bigger) {
				free(buf);
				return NULL;
			}
			buf = bigger;
		}
	}
	buf[len] = 0;
	return buf;
}

static char *read_gzip(const char *path)
{
	int fds[2], status = 0;
	char *out;
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC) != 0)
		return NULL;
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		execlp("gzip", "gzip", "-dc", "--", path, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	out = pid > 0 ? slurp(fds[0]) : NULL;
	close(fds[0]);
	if (pid > 0 && (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
			WEXITSTATUS(status) != 0)) {
		snprintf(failure, sizeof(failure), "%s: `gzip -dc` failed (%s)", path,
			 WIFEXITED(status) && WEXITSTATUS(status) == 127 ? "no gzip here"
									: "not a gzip file?");
		free(out);
		return NULL;
	}
	return out;
}

/* Count the options of the text just read; false if it is no config. */
static bool count_options(const char *path)
{
	noptions = 0;
	for (const char *p = text; (p = strstr(p, "\nCONFIG_")); p++)
		noptions++;
	if (noptions == 0 && !strstr(text, "\n# CONFIG_")) {
		snprintf(failure, sizeof(failure), "%s: not a kernel config (no CONFIG_ line)", path);
		free(text);
		text = NULL;
		return false;
	}
	snprintf(source, sizeof(source), "%s", path);
	return true;
}

static bool try_file(const char *path)
{
	size_t n = strlen(path);
	int fd;

	if (access(path, R_OK) != 0) {
		snprintf(failure, sizeof(failure), "%s: %s", path, strerror(errno));
		return false;
	}
	if (n > 3 && strcmp(path + n - 3, ".gz") == 0) {
		text = read_gzip(path);
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		text = fd >= 0 ? slurp(fd) : NULL;
		if (fd >= 0)
			close(fd);
		if (!text)
			snprintf(failure, sizeof(failure), "%s: %s", path, strerror(errno));
	}
	return text && count_options(path);
}

/* The text from the runner's sealed copy. */
static bool try_fd(const char *fd_text, const char *name)
{
	int fd = atoi(fd_text);

	if (lseek(fd, 0, SEEK_SET) != 0 || !(text = slurp(fd))) {
		snprintf(failure, sizeof(failure), "the runner's copy of %s (fd %s): %s", name,
			 fd_text, strerror(errno));
		return false;
	}
	return count_options(name);
}

bool ptc_kconfig_load(char *why, size_t len)
{
	const char *env = getenv(PTC_KCONFIG_ENV), *fd = getenv(PTC_KCONFIG_FD_ENV);

	if (!tried) {
		tried = true;
		if (fd && *fd && env && *env) {
			try_fd(fd, env);
		} else if (env && strcmp(env, "none") == 0) {
			snprintf(failure, sizeof(failure), "no kernel config was found for this run");
		} else if (env && *env) {
			try_file(env);
		} else {
			struct utsname u;
			char boot[300];

			uname(&u);
			snprintf(boot, sizeof(boot), "/boot/config-%s", u.release);
			if (!try_file("/proc/config.gz") && !try_file(boot))
				snprintf(failure, sizeof(failure),
					 "neither /proc/config.gz nor %s is readable", boot);
		}
	}
	if (!text && why)
		snprintf(why, len, "%s", failure);
	return text != NULL;
}

const char *ptc_kconfig_source(void)
{
	return text ? source : NULL;
}

unsigned ptc_kconfig_options(void)
{
	return noptions;
}

bool ptc_kconfig_export(void)
{
	int fd = text ? (int)syscall(SYS_memfd_create, "kernel-config", MFD_ALLOW_SEALING) : -1;
	size_t len = text ? strlen(text) : 0;
	char num[16];

	if (fd < 0 || write(fd, text, len) != (ssize_t)len ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) != 0) {
		if (fd >= 0)
			close(fd);
		return false;
	}
	/* Above the descriptors a runner sets up for its cases (0-3). */
	if (fd < 64) {
		int high = fcntl(fd, F_DUPFD, 64);

		close(fd);
		if (high < 0)
			return false;
		fd = high;
	}
	snprintf(num, sizeof(num), "%d", fd);
	setenv(PTC_KCONFIG_FD_ENV, num, 1);
	setenv(PTC_KCONFIG_ENV, source, 1);
	return true;
}

bool ptc_kconfig_value(const char *option, char *val, size_t len)
{
	char key[128];
	const char *at;

	snprintf(key, sizeof(key), "\n%s=", option);
	at = text ? strstr(text, key) : NULL;
	if (!at)
		return false;
	at += strlen(key);
	snprintf(val, len, "%.*s", (int)strcspn(at, "\n"), at);
	return strcmp(val, "n") != 0;
}
