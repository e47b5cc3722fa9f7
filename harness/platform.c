// SPDX-License-Identifier: GPL-2.0
/* Platform facts (platform.h): each probe runs in a child of its own, so a
 * probe that crashes marks its fact unknown and nothing else. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/hw_breakpoint.h>
#include <linux/perf_event.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "platform.h"

static const struct {
	const char *name;
	const char *lacking;	/* the skip reason's first half */
} facts[PTC_FACT_COUNT] = {
	[PTC_FACT_HW_BREAKPOINT] = { "hw-breakpoint", "this machine delivers no hardware breakpoint" },
	[PTC_FACT_EXEC_32BIT] = { "exec-32bit", "this machine does not execute 32-bit programs" },
	[PTC_FACT_INT80] = { "int80", "int $0x80 does not reach the i386 system calls here" },
	[PTC_FACT_USER_NS] = { "user-ns", "user namespaces cannot be created here" },
	[PTC_FACT_YAMA] = { "yama", "the Yama LSM is not active" },
	[PTC_FACT_SECCOMP_FILTER] = { "seccomp-filter", "seccomp filters cannot be installed here" },
};

static const char *const state_names[] = { "unknown", "yes", "no" };

const char *ptc_fact_name(enum ptc_fact f)
{
	return f < PTC_FACT_COUNT ? facts[f].name : "?";
}

int ptc_fact_by_name(const char *name)
{
	for (int f = 0; f < PTC_FACT_COUNT; f++)
		if (strcmp(name, facts[f].name) == 0)
			return f;
	return -1;
}

const char *ptc_fact_state_name(enum ptc_fact_state s)
{
	return state_names[s];
}

void ptc_fact_skip_reason(enum ptc_fact f, char *buf, size_t len)
{
	const struct ptc_fact_value *v = ptc_platform_fact(f);

	snprintf(buf, len, "%s: %s", facts[f].lacking, v->detail);
}

static void set(struct ptc_fact_value *v, enum ptc_fact_state s, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void set(struct ptc_fact_value *v, enum ptc_fact_state s, const char *fmt, ...)
{
	va_list ap;

	v->state = s;
	va_start(ap, fmt);
	vsnprintf(v->detail, sizeof(v->detail), fmt, ap);
	va_end(ap);
}

/* ---- the probes, each in a child ------------------------------------------ */

static void probe_hw_breakpoint(struct ptc_fact_value *v)
{
	static volatile long target;
	struct perf_event_attr attr = {
		.type = PERF_TYPE_BREAKPOINT,
		.size = sizeof(attr),
		.bp_type = HW_BREAKPOINT_W,
		.bp_addr = (uintptr_t)&target,
		.bp_len = sizeof(target),
		.exclude_kernel = 1,
		.exclude_hv = 1,
	};
	long long count = -1;
	int fd = (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);

	if (fd < 0) {
		set(v, PTC_FACT_UNKNOWN, "perf_event_open of a breakpoint failed: %s", strerror(errno));
		return;
	}
	for (int i = 0; i < 10; i++)
		target = i;
	if (read(fd, &count, sizeof(count)) != sizeof(count))
		set(v, PTC_FACT_UNKNOWN, "reading the breakpoint's count failed: %s", strerror(errno));
	else if (count == 10)
		set(v, PTC_FACT_YES, "perf_event_open breakpoint counted 10 of 10 writes");
	else if (count == 0)
		set(v, PTC_FACT_NO, "perf_event_open breakpoint counted 0 of 10 writes");
	else
		set(v, PTC_FACT_UNKNOWN, "perf_event_open breakpoint counted %lld of 10 writes", count);
	close(fd);
}

#if defined(__x86_64__)
/* The smallest i386 program: exit(42) through int $0x80. */
struct tiny_elf32 {
	Elf32_Ehdr ehdr;
	Elf32_Phdr phdr;
	unsigned char code[12];
};

static void probe_exec_32bit(struct ptc_fact_value *v)
{
	const Elf32_Addr base = 0x08048000;
	struct tiny_elf32 prog = {
		.ehdr = {
			.e_ident = { ELFMAG0, ELFMAG1, ELFMAG2, ELFMAG3, ELFCLASS32, ELFDATA2LSB,
				     EV_CURRENT },
			.e_type = ET_EXEC,
			.e_machine = EM_386,
			.e_version = EV_CURRENT,
			.e_entry = base + offsetof(struct tiny_elf32, code),
			.e_phoff = offsetof(struct tiny_elf32, phdr),
			.e_ehsize = sizeof(Elf32_Ehdr),
			.e_phentsize = sizeof(Elf32_Phdr),
			.e_phnum = 1,
		},
		.phdr = {
			.p_type = PT_LOAD,
			.p_vaddr = base,
			.p_paddr = base,
			.p_filesz = sizeof(prog),
			.p_memsz = sizeof(prog),
			.p_flags = PF_R | PF_X,
			.p_align = 0x1000,
		},
		/* mov $42, %ebx; mov $1, %eax; int $0x80 */
		.code = { 0xbb, 42, 0, 0, 0, 0xb8, 1, 0, 0, 0, 0xcd, 0x80 },
	};
	int fd = (int)syscall(SYS_memfd_create, "ptc-probe-32bit", MFD_CLOEXEC);
	int err_pipe[2], status, err = 0;
	pid_t pid;

	if (fd < 0 || write(fd, &prog, sizeof(prog)) != sizeof(prog) || pipe2(err_pipe, O_CLOEXEC)) {
		set(v, PTC_FACT_UNKNOWN, "could not stage a 32-bit program: %s", strerror(errno));
		return;
	}
	pid = fork();
	if (pid == 0) {
		char *const argv[] = { "ptc-probe-32bit", NULL }, *const envp[] = { NULL };

		fexecve(fd, argv, envp);
		err = errno;
		if (write(err_pipe[1], &err, sizeof(err)) < 0)
			_exit(126);
		_exit(127);
	}
	close(err_pipe[1]);
	if (pid < 0 || waitpid(pid, &status, 0) != pid) {
		set(v, PTC_FACT_UNKNOWN, "could not run a 32-bit program: %s", strerror(errno));
	} else if (read(err_pipe[0], &err, sizeof(err)) == sizeof(err)) {
		if (err == ENOEXEC)
			set(v, PTC_FACT_NO, "a static i386 program fails to execute: %s", strerror(err));
		else
			set(v, PTC_FACT_UNKNOWN, "executing a 32-bit program from memory failed: %s",
			    strerror(err));
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == 42) {
		set(v, PTC_FACT_YES, "a static i386 program ran and exited with 42");
	} else if (WIFSIGNALED(status)) {
		set(v, PTC_FACT_NO, "a static i386 program was killed by %s", strsignal(WTERMSIG(status)));
	} else {
		set(v, PTC_FACT_NO, "a static i386 program exited with %d, not 42", WEXITSTATUS(status));
	}
	close(err_pipe[0]);
	close(fd);
}

static sigjmp_buf int80_fault;

static void on_int80_fault(int sig)
{
	siglongjmp(int80_fault, sig);
}

static void probe_int80(struct ptc_fact_value *v)
{
	struct sigaction sa = { .sa_handler = on_int80_fault };
	long ret = -1;
	int sig;

	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sig = sigsetjmp(int80_fault, 1);
	if (sig) {
		set(v, PTC_FACT_NO, "int $0x80 from 64-bit code raised %s", strsignal(sig));
		return;
	}
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L /* i386 getpid */)
			 : "rcx", "r8", "r9", "r10", "r11", "memory");
	if (ret == getpid())
		set(v, PTC_FACT_YES, "int $0x80 getpid from 64-bit code returned the pid");
	else
		set(v, PTC_FACT_NO, "int $0x80 getpid from 64-bit code returned %ld, not the pid %d",
		    ret, getpid());
}
#elif defined(__i386__)
static void probe_exec_32bit(struct ptc_fact_value *v)
{
	set(v, PTC_FACT_YES, "this program is itself a 32-bit one");
}

static void probe_int80(struct ptc_fact_value *v)
{
	set(v, PTC_FACT_YES, "int $0x80 is the native system-call entry of this 32-bit program");
}
#else
static void probe_exec_32bit(struct ptc_fact_value *v)
{
	set(v, PTC_FACT_NO, "32-bit x86 programs exist only on x86");
}

static void probe_int80(struct ptc_fact_value *v)
{
	set(v, PTC_FACT_NO, "int $0x80 exists only on x86");
}
#endif

static void probe_user_ns(struct ptc_fact_value *v)
{
	if (unshare(CLONE_NEWUSER) == 0)
		set(v, PTC_FACT_YES, "unshare(CLONE_NEWUSER) succeeded");
	else
		set(v, PTC_FACT_NO, "unshare(CLONE_NEWUSER) failed: %s", strerror(errno));
}

static void probe_yama(struct ptc_fact_value *v)
{
	char buf[16] = "";
	int fd = open("/proc/sys/kernel/yama/ptrace_scope", O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		set(v, PTC_FACT_NO, "no /proc/sys/kernel/yama/ptrace_scope (%s)", strerror(errno));
		return;
	}
	if (read(fd, buf, sizeof(buf) - 1) > 0)
		set(v, PTC_FACT_YES, "ptrace_scope is %d", atoi(buf));
	else
		set(v, PTC_FACT_UNKNOWN, "ptrace_scope is unreadable: %s", strerror(errno));
	close(fd);
}

static void probe_seccomp_filter(struct ptc_fact_value *v)
{
	/* A NULL program gets EFAULT past the check that filters exist. */
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, NULL, 0, 0) == 0 || errno == EFAULT)
		set(v, PTC_FACT_YES, "PR_SET_SECCOMP with SECCOMP_MODE_FILTER is known");
	else if (errno == EINVAL)
		set(v, PTC_FACT_NO, "PR_SET_SECCOMP with SECCOMP_MODE_FILTER fails with EINVAL");
	else
		set(v, PTC_FACT_UNKNOWN, "PR_SET_SECCOMP with SECCOMP_MODE_FILTER fails: %s",
		    strerror(errno));
}

static void (*const probes[PTC_FACT_COUNT])(struct ptc_fact_value *) = {
	[PTC_FACT_HW_BREAKPOINT] = probe_hw_breakpoint,
	[PTC_FACT_EXEC_32BIT] = probe_exec_32bit,
	[PTC_FACT_INT80] = probe_int80,
	[PTC_FACT_USER_NS] = probe_user_ns,
	[PTC_FACT_YAMA] = probe_yama,
	[PTC_FACT_SECCOMP_FILTER] = probe_seccomp_filter,
};

static void probe(enum ptc_fact f, struct ptc_fact_value *v)
{
	struct ptc_fact_value *shared = mmap(NULL, sizeof(*shared), PROT_READ | PROT_WRITE,
					     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	const char *crash = getenv("PTC_PLATFORM_CRASH");
	int status;
	pid_t pid;

	if (shared == MAP_FAILED) {
		set(v, PTC_FACT_UNKNOWN, "the %s probe could not start: %s", facts[f].name,
		    strerror(errno));
		return;
	}
	set(shared, PTC_FACT_UNKNOWN, "the %s probe reported nothing", facts[f].name);
	pid = fork();
	if (pid == 0) {
		if (crash && strcmp(crash, facts[f].name) == 0)
			abort();	/* the self-tests' broken probe */
		probes[f](shared);
		_exit(0);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		set(v, PTC_FACT_UNKNOWN, "the %s probe could not run: %s", facts[f].name,
		    strerror(errno));
	else if (WIFSIGNALED(status))
		set(v, PTC_FACT_UNKNOWN, "the %s probe crashed (%s)", facts[f].name,
		    strsignal(WTERMSIG(status)));
	else
		*v = *shared;
	munmap(shared, sizeof(*shared));
}

/* ---- given or probed -------------------------------------------------------- */

static struct ptc_fact_value values[PTC_FACT_COUNT];
static bool known[PTC_FACT_COUNT];

/* The fact's "name=state detail" line in PTC_PLATFORM, if there is one. */
static bool given(enum ptc_fact f, struct ptc_fact_value *v)
{
	const char *env = getenv(PTC_PLATFORM_ENV);
	size_t nlen = strlen(facts[f].name);

	for (const char *line = env; line && *line;) {
		size_t len = strcspn(line, "\n");

		if (len > nlen && strncmp(line, facts[f].name, nlen) == 0 && line[nlen] == '=') {
			const char *state = line + nlen + 1;
			size_t slen = strcspn(state, " \n");

			for (int s = 0; s < 3; s++)
				if (slen == strlen(state_names[s]) &&
				    strncmp(state, state_names[s], slen) == 0) {
					const char *detail = state + slen + (state[slen] == ' ');

					v->state = (enum ptc_fact_state)s;
					v->given = true;
					snprintf(v->detail, sizeof(v->detail), "%.*s",
						 (int)(line + len - detail), detail);
					return true;
				}
			fprintf(stderr, "%s: unknown state in '%.*s' (known: yes, no, unknown)\n",
				PTC_PLATFORM_ENV, (int)len, line);
			return false;
		}
		line += len + (line[len] == '\n');
	}
	return false;
}

const struct ptc_fact_value *ptc_platform_fact(enum ptc_fact f)
{
	if (!known[f]) {
		if (!given(f, &values[f]))
			probe(f, &values[f]);
		known[f] = true;
	}
	return &values[f];
}

void ptc_platform_probe_all(void)
{
	char env[PTC_FACT_COUNT * 256] = "";
	size_t n = 0;

	for (int f = 0; f < PTC_FACT_COUNT; f++) {
		const struct ptc_fact_value *v = ptc_platform_fact((enum ptc_fact)f);

		n += snprintf(env + n, sizeof(env) - n, "%s=%s %s\n", facts[f].name,
			      state_names[v->state], v->detail);
	}
	setenv(PTC_PLATFORM_ENV, env, 1);
}
