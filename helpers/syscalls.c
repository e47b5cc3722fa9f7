// SPDX-License-Identifier: GPL-2.0
/* Syscall-stops in arch-neutral terms (see syscalls.h). */
#include <sys/ioctl.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

#ifndef NT_ARM_SYSTEM_CALL
#define NT_ARM_SYSTEM_CALL 0x404
#endif

int ptc_getppid_tracee(void *unused)
{
	syscall(SYS_getppid);
	return 0;
}

long ptc_syscall_nr(pid_t pid)
{
#if defined(__aarch64__)
	int nr = 0;
	size_t len = sizeof(nr);

	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_ARM_SYSTEM_CALL, &nr, &len));
	return nr;
#else
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	return (long)PTC_REG_SYSNR(r);
#endif
}

void ptc_set_syscall_nr(pid_t pid, long nr)
{
#if defined(__aarch64__)
	int v = (int)nr;
	size_t len = sizeof(v);

	ASSERT_OK(ptc_regset(PTRACE_SETREGSET, pid, NT_ARM_SYSTEM_CALL, &v, &len));
#else
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	PTC_REG_SYSNR(r) = nr;
	ptc_set_regs(pid, &r);
#endif
}

unsigned long ptc_syscall_arg(pid_t pid, int i)
{
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	return ptc_regs_arg(&r, i);
}

void ptc_set_syscall_arg(pid_t pid, int i, unsigned long v)
{
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	ptc_regs_set_arg(&r, i, v);
	ptc_set_regs(pid, &r);
}

long ptc_syscall_ret(pid_t pid)
{
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	return (long)PTC_REG_RET(r);
}

void ptc_set_syscall_ret(pid_t pid, long v)
{
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	PTC_REG_RET(r) = v;
	ptc_set_regs(pid, &r);
}

unsigned long ptc_tracee_ip(pid_t pid)
{
	ptc_regs_t r;

	ptc_get_regs(pid, &r);
	return PTC_IP_OF(r);
}

struct ptc_stop ptc_syscall_resume(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	return ASSERT_SYSCALL_STOP(pid);
}

/* Syscall-stops up to the entry of nr (whose first argument is arg0 if on). */
static struct ptc_stop to_entry(pid_t pid, long nr, bool on, long arg0)
{
	struct ptc_stop st;

	/* Bounded: a tracee that never makes the syscall fails, never loops. */
	for (int i = 0; i < 1000; i++) {
		st = ptc_syscall_resume(pid);
		if (ptc_syscall_nr(pid) == nr && (!on || (long)ptc_syscall_arg(pid, 0) == arg0)) {
			ptc_trace("pid %d is at the syscall-enter-stop of syscall %ld", pid, nr);
			return st;
		}
		/* Another syscall's entry: pass its exit-stop too. */
		ptc_syscall_resume(pid);
	}
	PTC_FAIL(true, "pid %d made 1000 syscalls without syscall %ld", pid, nr);
	return st;
}

struct ptc_stop ptc_syscall_to_entry(pid_t pid, long nr)
{
	return to_entry(pid, nr, false, 0);
}

struct ptc_stop ptc_syscall_to_entry_on(pid_t pid, long nr, long arg0)
{
	return to_entry(pid, nr, true, arg0);
}

struct ptc_stop ptc_syscall_to_exit(pid_t pid, long nr)
{
	ptc_syscall_to_entry(pid, nr);
	return ptc_syscall_resume(pid);
}

struct ptc_stop ptc_interrupt_syscall(pid_t pid, long nr)
{
	ptc_syscall_to_entry(pid, nr);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ptc_wait_blocked(pid, nr);
	ASSERT_OK(kill(pid, SIGUSR1));
	return ASSERT_SYSCALL_STOP(pid);
}

void ptc_stop_in_syscall(pid_t pid, long nr)
{
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ptc_wait_blocked(pid, nr);
	ASSERT_OK(kill(pid, SIGUSR1));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
}

struct ptc_stop ptc_sysemu_to_entry(pid_t pid)
{
	REQUIRE_SUPPORTED(PTRACE(PTRACE_SYSEMU, pid, 0, 0), EIO, PTC_FEAT_SYSEMU);
	return ASSERT_SYSCALL_STOP(pid);
}

long ptc_get_syscall_info(pid_t pid, struct ptc_syscall_info *info)
{
	long r;

	memset(info, 0, sizeof(*info));
	r = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(*info), info);
	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_GET_SYSCALL_INFO);
	return r;
}

long ptc_set_syscall_info(pid_t pid, unsigned long size, const void *info)
{
	long r = PTRACE(PTRACE_SET_SYSCALL_INFO, pid, size, info);

	REQUIRE_SUPPORTED(r, EIO, PTC_FEAT_SET_SYSCALL_INFO);
	return r;
}

void ptc_require_sud(pid_t pid)
{
	struct ptc_sud_config cfg;
	long r = PTRACE(PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, pid, sizeof(cfg), &cfg);

	/* EIO before 6.4; EINVAL where the arch has no syscall user dispatch. */
	if (r == -1 && (errno == EIO || errno == EINVAL))
		PTC_REFUSED(PTC_FEAT_SUD_CONFIG, errno);
}

int ptc_pipe_pending(int fd)
{
	int n = -1;

	if (ioctl(fd, FIONREAD, &n) == -1)
		PTC_FAIL(true, "FIONREAD on fd %d: %s", fd, ptc_errno_name(errno));
	return n;
}

int ptc_getppid_then_write(void *fd)
{
	syscall(SYS_getppid);
	syscall(SYS_write, *(int *)fd, "x", 1);
	return 0;
}
