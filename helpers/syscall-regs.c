// SPDX-License-Identifier: GPL-2.0
/* The syscall registers of a stopped tracee, per arch (see syscall-regs.h). */
#include <sys/ioctl.h>
#include <sys/uio.h>

#include "../harness/ptc.h"
#include "syscall-regs.h"

#ifndef NT_ARM_SYSTEM_CALL
#define NT_ARM_SYSTEM_CALL 0x404
#endif

void ptc_sysregs_get(pid_t pid, struct ptc_sysregs *r)
{
	memset(r, 0, sizeof(*r));
#if defined(__aarch64__)
	struct iovec iov = { .iov_base = &r->regs, .iov_len = sizeof(r->regs) };
	struct iovec nr = { .iov_base = &r->nr, .iov_len = sizeof(r->nr) };

	ASSERT_OK(PTRACE(PTRACE_GETREGSET, pid, NT_PRSTATUS, &iov));
	ASSERT_OK(PTRACE(PTRACE_GETREGSET, pid, NT_ARM_SYSTEM_CALL, &nr));
#else
	ASSERT_OK(PTRACE(PTRACE_GETREGS, pid, 0, &r->regs));
#endif
}

void ptc_sysregs_set(pid_t pid, const struct ptc_sysregs *r)
{
#if defined(__aarch64__)
	struct iovec iov = { .iov_base = (void *)&r->regs, .iov_len = sizeof(r->regs) };
	struct iovec nr = { .iov_base = (void *)&r->nr, .iov_len = sizeof(r->nr) };

	ASSERT_OK(PTRACE(PTRACE_SETREGSET, pid, NT_PRSTATUS, &iov));
	ASSERT_OK(PTRACE(PTRACE_SETREGSET, pid, NT_ARM_SYSTEM_CALL, &nr));
#else
	ASSERT_OK(PTRACE(PTRACE_SETREGS, pid, 0, &r->regs));
#endif
}

long ptc_sysregs_nr(const struct ptc_sysregs *r)
{
#if defined(__x86_64__)
	return (long)r->regs.orig_rax;
#elif defined(__i386__)
	return (long)r->regs.orig_eax;
#elif defined(__aarch64__)
	return r->nr;
#else
#error "syscall-regs: no implementation for this arch"
#endif
}

void ptc_sysregs_set_nr(struct ptc_sysregs *r, long nr)
{
#if defined(__x86_64__)
	r->regs.orig_rax = (unsigned long)nr;
#elif defined(__i386__)
	r->regs.orig_eax = nr;
#elif defined(__aarch64__)
	r->nr = (int)nr;
#endif
}

unsigned long ptc_sysregs_arg(const struct ptc_sysregs *r, int i)
{
#if defined(__x86_64__)
	const unsigned long long a[6] = { r->regs.rdi, r->regs.rsi, r->regs.rdx,
					  r->regs.r10, r->regs.r8,  r->regs.r9 };
#elif defined(__i386__)
	const long a[6] = { r->regs.ebx, r->regs.ecx, r->regs.edx,
			    r->regs.esi, r->regs.edi, r->regs.ebp };
#elif defined(__aarch64__)
	const unsigned long long *a = r->regs.regs;
#endif
	if (i < 0 || i > 5)
		PTC_FAIL(true, "syscall argument index %d out of range", i);
	return (unsigned long)a[i];
}

void ptc_sysregs_set_arg(struct ptc_sysregs *r, int i, unsigned long v)
{
	switch (i) {
#if defined(__x86_64__)
	case 0: r->regs.rdi = v; break;
	case 1: r->regs.rsi = v; break;
	case 2: r->regs.rdx = v; break;
	case 3: r->regs.r10 = v; break;
	case 4: r->regs.r8 = v; break;
	case 5: r->regs.r9 = v; break;
#elif defined(__i386__)
	case 0: r->regs.ebx = (long)v; break;
	case 1: r->regs.ecx = (long)v; break;
	case 2: r->regs.edx = (long)v; break;
	case 3: r->regs.esi = (long)v; break;
	case 4: r->regs.edi = (long)v; break;
	case 5: r->regs.ebp = (long)v; break;
#elif defined(__aarch64__)
	case 0: case 1: case 2: case 3: case 4: case 5:
		r->regs.regs[i] = v;
		break;
#endif
	default:
		PTC_FAIL(true, "syscall argument index %d out of range", i);
	}
}

long ptc_sysregs_ret(const struct ptc_sysregs *r)
{
#if defined(__x86_64__)
	return (long)r->regs.rax;
#elif defined(__i386__)
	return r->regs.eax;
#elif defined(__aarch64__)
	return (long)r->regs.regs[0];
#endif
}

void ptc_sysregs_set_ret(struct ptc_sysregs *r, long v)
{
#if defined(__x86_64__)
	r->regs.rax = (unsigned long)v;
#elif defined(__i386__)
	r->regs.eax = v;
#elif defined(__aarch64__)
	r->regs.regs[0] = (unsigned long)v;
#endif
}

unsigned long ptc_sysregs_ip(const struct ptc_sysregs *r)
{
#if defined(__x86_64__)
	return r->regs.rip;
#elif defined(__i386__)
	return (unsigned long)r->regs.eip;
#elif defined(__aarch64__)
	return r->regs.pc;
#endif
}

unsigned long ptc_sysregs_sp(const struct ptc_sysregs *r)
{
#if defined(__x86_64__)
	return r->regs.rsp;
#elif defined(__i386__)
	return (unsigned long)r->regs.esp;
#elif defined(__aarch64__)
	return r->regs.sp;
#endif
}

long ptc_syscall_nr(pid_t pid)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	return ptc_sysregs_nr(&r);
}

void ptc_set_syscall_nr(pid_t pid, long nr)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	ptc_sysregs_set_nr(&r, nr);
	ptc_sysregs_set(pid, &r);
}

unsigned long ptc_syscall_arg(pid_t pid, int i)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	return ptc_sysregs_arg(&r, i);
}

void ptc_set_syscall_arg(pid_t pid, int i, unsigned long v)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	ptc_sysregs_set_arg(&r, i, v);
	ptc_sysregs_set(pid, &r);
}

long ptc_syscall_ret(pid_t pid)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	return ptc_sysregs_ret(&r);
}

void ptc_set_syscall_ret(pid_t pid, long v)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	ptc_sysregs_set_ret(&r, v);
	ptc_sysregs_set(pid, &r);
}

unsigned long ptc_tracee_ip(pid_t pid)
{
	struct ptc_sysregs r;

	ptc_sysregs_get(pid, &r);
	return ptc_sysregs_ip(&r);
}

struct ptc_stop ptc_syscall_to_entry(pid_t pid, long nr)
{
	struct ptc_stop st;

	/* Bounded: a tracee that never makes the syscall fails, never loops. */
	for (int i = 0; i < 1000; i++) {
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		st = ASSERT_SYSCALL_STOP(pid);
		if (ptc_syscall_nr(pid) == nr)
			return st;
		/* Another syscall's entry: pass its exit-stop too. */
		ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
		ASSERT_SYSCALL_STOP(pid);
	}
	PTC_FAIL(true, "pid %d made 1000 syscalls without syscall %ld", pid, nr);
	return st;
}

struct ptc_stop ptc_syscall_to_exit(pid_t pid, long nr)
{
	ptc_syscall_to_entry(pid, nr);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	return ASSERT_SYSCALL_STOP(pid);
}

struct ptc_stop ptc_sysemu_to_entry(pid_t pid)
{
	REQUIRE_SUPPORTED(PTRACE(PTRACE_SYSEMU, pid, 0, 0), EIO, "PTRACE_SYSEMU");
	return ASSERT_SYSCALL_STOP(pid);
}

long ptc_get_syscall_info(pid_t pid, struct ptc_syscall_info *info)
{
	long r;

	memset(info, 0, sizeof(*info));
	r = PTRACE(PTRACE_GET_SYSCALL_INFO, pid, sizeof(*info), info);
	REQUIRE_SUPPORTED(r, EIO, "PTRACE_GET_SYSCALL_INFO");
	return r;
}

long ptc_set_syscall_info(pid_t pid, unsigned long size, const void *info)
{
	long r = PTRACE(PTRACE_SET_SYSCALL_INFO, pid, size, info);

	REQUIRE_SUPPORTED(r, EIO, "PTRACE_SET_SYSCALL_INFO");
	return r;
}

int ptc_pipe_pending(int fd)
{
	int n = -1;

	if (ioctl(fd, FIONREAD, &n) == -1)
		PTC_FAIL(true, "FIONREAD on fd %d: %s", fd, ptc_errno_name(errno));
	return n;
}
