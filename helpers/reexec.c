// SPDX-License-Identifier: GPL-2.0
/* Running this program again in a known mode (see reexec.h). */
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>

#include "ptc.h"
#include "reexec.h"
#include "signals.h"

extern char **environ;

static void exec_args(char *argv[5], const char *mode, const char *arg)
{
	argv[0] = "ptc-exec";
	argv[1] = PTC_EXEC_MARK;
	argv[2] = (char *)mode;
	argv[3] = (char *)arg;
	argv[4] = NULL;
}

void ptc_exec_self(const char *mode, int code)
{
	char *argv[5], codebuf[16];

	snprintf(codebuf, sizeof(codebuf), "%d", code);
	exec_args(argv, mode, codebuf);
	execve("/proc/self/exe", argv, environ);
	PTC_FAIL(true, "execve of this program: %s", ptc_errno_name(errno));
}

int ptc_exec_tracee(void *code)
{
	ptc_exec_self("exit", (int)(intptr_t)code);
	return 1;
}

int ptc_exec_trap_tracee(void *code)
{
	ptc_block_signal(SIGTRAP);
	ptc_exec_self("trap", (int)(intptr_t)code);
	return 1;
}

void ptc_exec_fd(int fd, const char *mode, int code)
{
	char *argv[5], codebuf[16];

	snprintf(codebuf, sizeof(codebuf), "%d", code);
	exec_args(argv, mode, codebuf);
	syscall(SYS_execveat, fd, "", argv, environ, AT_EMPTY_PATH);
	PTC_FAIL(true, "execveat of a copy of this program: %s", ptc_errno_name(errno));
}

static int exe_fd = -1;

void ptc_exec_prepare(void)
{
	if (exe_fd < 0)
		exe_fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (exe_fd < 0)
		PTC_FAIL(true, "opening /proc/self/exe: %s", ptc_errno_name(errno));
}

void ptc_exec_opened(const char *mode, const char *arg)
{
	char *argv[5];

	if (exe_fd < 0)
		exe_fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	exec_args(argv, mode, arg);
	fflush(NULL);
	syscall(SYS_execveat, exe_fd, "", argv, environ, AT_EMPTY_PATH);
}

static void park(void)
{
	for (;;)
		ppoll(NULL, 0, NULL, NULL);
}

/* Runs before main() in every program that links this file: in an exec'd
 * copy carrying the mark, the mode replaces the case entirely. */
__attribute__((constructor)) static void exec_target(int argc, char **argv, char **envp)
{
	sigset_t set, trap;
	int code;

	(void)envp;
	if (argc < 4 || !argv || strcmp(argv[1], PTC_EXEC_MARK) != 0)
		return;
	code = atoi(argv[3]);
	if (strcmp(argv[2], "exit") == 0)
		_exit(code);
	if (strcmp(argv[2], "park") == 0)
		park();
	if (strcmp(argv[2], "announce") == 0) {
		if (write(code, "x", 1) != 1)
			_exit(126);
		park();
	}
	if (strcmp(argv[2], "euid") == 0)
		_exit((int)(geteuid() & 0xff));
	if (strcmp(argv[2], "trap") == 0) {
		sigemptyset(&trap);
		sigaddset(&trap, SIGTRAP);
		if (sigpending(&set) != 0 || !sigismember(&set, SIGTRAP))
			_exit(99);
		ptc_no_coredump();
		prctl(PR_SET_DUMPABLE, 0);
		prctl(PR_SET_NAME, "ptc-trap");
		sigprocmask(SIG_UNBLOCK, &trap, NULL);
		_exit(code);
	}
	_exit(98);
}
