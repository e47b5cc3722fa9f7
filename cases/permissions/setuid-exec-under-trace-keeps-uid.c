// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "access.h"

/* A setuid-root copy of this program, with no name: it vanishes with the
 * last descriptor. Only its exec matters; it never runs past the exec stop. */
static int setuid_copy(void)
{
	char buf[65536], path[64];
	int src = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	int dst = open("/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0700);
	int ro;
	ssize_t n;

	if (dst < 0)
		ptc_skip("no O_TMPFILE in /tmp: %s", ptc_errno_name(errno));
	ASSERT_TRUE(src >= 0);
	while ((n = read(src, buf, sizeof(buf))) > 0)
		ASSERT_EQ(write(dst, buf, (size_t)n), n);
	ASSERT_OK(fchown(dst, 0, 0));
	ASSERT_OK(fchmod(dst, 04755));
	/* Exec refuses a file open for writing: keep a read-only descriptor. */
	snprintf(path, sizeof(path), "/proc/self/fd/%d", dst);
	ro = open(path, O_RDONLY | O_CLOEXEC);
	ASSERT_TRUE(ro >= 0);
	close(dst);
	close(src);
	return ro;
}

static int exec_fd(void *arg)
{
	char *argv[] = { "ptc-setuid-copy", "--variant", "none", NULL };
	char *envp[] = { NULL };

	syscall(SYS_execveat, *(int *)arg, "", argv, envp, AT_EMPTY_PATH);
	return 99;
}

/* The effective uid of pid, from /proc/<pid>/status. */
static long proc_euid(pid_t pid)
{
	char path[64], line[256];
	long ruid, euid = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	f = fopen(path, "r");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Uid: %ld %ld", &ruid, &euid) == 2)
			break;
	if (f)
		fclose(f);
	return euid;
}

/* Trace an unprivileged child through its exec of the copy; its euid then. */
static long euid_after_traced_exec(int *fd)
{
	pid_t pid;
	long euid;

	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, exec_fd, fd);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	euid = proc_euid(pid);
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);
	return euid;
}

static int unprivileged_tracer(void *arg)
{
	long *euid = arg;

	ptc_become_unprivileged();
	*euid = euid_after_traced_exec((int *)(euid + 1));
	return 0;
}

static int unprivileged_tracee(void *arg)
{
	ptc_become_unprivileged();
	return exec_fd(arg);
}

PTC_CASE(
	.claim = "A traced process that execs a setuid-root program keeps its own uid when its "
		 "tracer lacks CAP_SYS_PTRACE; with a root tracer the same exec makes it root",
	.man = "ERRORS; Ptrace access mode checking",
	.spec = "C299 C305",
	.needs = "root",
)
{
	long *shared = ptc_shared(2 * sizeof(long));
	int fd = setuid_copy();
	pid_t tracer, pid;

	/* The root tracer first: it shows the copy does raise privileges here. */
	pid = ptc_start(PTC_SEIZE, PTRACE_O_TRACEEXEC, unprivileged_tracee, &fd);
	ASSERT_EVENT_STOP(pid, PTRACE_EVENT_EXEC, SIGTRAP);
	if (proc_euid(pid) != 0)
		ptc_skip("a setuid-root exec does not raise privileges here (nosuid /tmp?)");
	ASSERT_OK(kill(pid, SIGKILL));
	ASSERT_KILLED(pid, SIGKILL);

	*(int *)(shared + 1) = fd;
	shared[0] = -1;
	tracer = ptc_fork(unprivileged_tracer, shared);
	ASSERT_EXITED(tracer, 0);
	EXPECT_EQ(shared[0], PTC_UNPRIVILEGED_ID);
}
