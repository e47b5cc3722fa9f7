// SPDX-License-Identifier: GPL-2.0
/* Registers and memory of a tracee: the raw request, regset access, and
 * trap sites in assembly that stop a tracee at addresses the tracer knows. */
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "regs.h"

long ptc_ptrace_raw(long request, pid_t pid, unsigned long addr, unsigned long data)
{
	long ret;
	int err;

	errno = 0;
	ret = syscall(SYS_ptrace, request, (long)pid, addr, data);
	err = errno;
	if (ret == -1)
		ptc_trace("raw ptrace(%s, %d, %#lx, %#lx) = -1 %s", ptc_request_name(request), pid,
			  addr, data, ptc_errno_name(err));
	else
		ptc_trace("raw ptrace(%s, %d, %#lx, %#lx) = %ld", ptc_request_name(request), pid,
			  addr, data, ret);
	errno = err;
	return ret;
}

bool ptc_have_regsets(pid_t pid)
{
	unsigned long regs[128];
	struct iovec iov = { regs, sizeof(regs) };

	/* ptrace_request() knows GETREGSET only with CONFIG_HAVE_ARCH_TRACEHOOK
	 * (user-mode Linux has none): an unknown request is EIO. */
	return PTRACE(PTRACE_GETREGSET, pid, NT_PRSTATUS, &iov) == 0 || errno != EIO;
}

void ptc_require_regsets(pid_t pid)
{
	if (!ptc_have_regsets(pid))
		PTC_REFUSED(PTC_FEAT_REGSETS, EIO);
}

long ptc_regset(long req, pid_t pid, unsigned long type, void *buf, size_t *len)
{
	struct iovec iov = { .iov_base = buf, .iov_len = *len };
	long ret = PTRACE(req, pid, type, &iov);
	int err = errno;

	if (ret == -1 && err == EIO)
		ptc_require_regsets(pid);
	if (ret != -1 && iov.iov_len != *len)
		ptc_trace("  iov_len %zu -> %zu", *len, (size_t)iov.iov_len);
	*len = iov.iov_len;
	errno = err;
	return ret;
}

void ptc_get_regs(pid_t pid, ptc_regs_t *regs)
{
	size_t len = sizeof(*regs);

	ASSERT_OK(ptc_regset(PTRACE_GETREGSET, pid, NT_PRSTATUS, regs, &len));
	ASSERT_EQ(len, sizeof(*regs));
}

void ptc_set_regs(pid_t pid, const ptc_regs_t *regs)
{
	size_t len = sizeof(*regs);

	ASSERT_OK(ptc_regset(PTRACE_SETREGSET, pid, NT_PRSTATUS, (void *)regs, &len));
}

unsigned long ptc_regs_arg(const ptc_regs_t *regs, int i)
{
#if defined(__x86_64__)
	const unsigned long long a[6] = { regs->rdi, regs->rsi, regs->rdx,
					  regs->r10, regs->r8,  regs->r9 };
#elif defined(__i386__)
	const long a[6] = { regs->ebx, regs->ecx, regs->edx,
			    regs->esi, regs->edi, regs->ebp };
#elif defined(__aarch64__)
	const unsigned long long *a = regs->regs;
#endif
	if (i < 0 || i > 5)
		PTC_FAIL(true, "syscall argument index %d out of range", i);
	return (unsigned long)a[i];
}

void ptc_regs_set_arg(ptc_regs_t *regs, int i, unsigned long v)
{
	switch (i) {
#if defined(__x86_64__)
	case 0: regs->rdi = v; break;
	case 1: regs->rsi = v; break;
	case 2: regs->rdx = v; break;
	case 3: regs->r10 = v; break;
	case 4: regs->r8 = v; break;
	case 5: regs->r9 = v; break;
#elif defined(__i386__)
	case 0: regs->ebx = (long)v; break;
	case 1: regs->ecx = (long)v; break;
	case 2: regs->edx = (long)v; break;
	case 3: regs->esi = (long)v; break;
	case 4: regs->edi = (long)v; break;
	case 5: regs->ebp = (long)v; break;
#elif defined(__aarch64__)
	case 0: case 1: case 2: case 3: case 4: case 5:
		regs->regs[i] = v;
		break;
#endif
	default:
		PTC_FAIL(true, "syscall argument index %d out of range", i);
	}
}

static unsigned long peek(long req, pid_t pid, unsigned long addr)
{
	long v;

	errno = 0;
	v = PTRACE(req, pid, addr, 0);
	if (v == -1 && errno)
		PTC_FAIL(true, "%s(%d, %#lx): %s", ptc_request_name(req), pid, addr,
			 ptc_errno_name(errno));
	return (unsigned long)v;
}

unsigned long ptc_peekuser(pid_t pid, size_t offset)
{
	return peek(PTRACE_PEEKUSER, pid, offset);
}

void ptc_pokeuser(pid_t pid, size_t offset, unsigned long value)
{
	ASSERT_OK(PTRACE(PTRACE_POKEUSER, pid, offset, value));
}

unsigned long ptc_peekdata(pid_t pid, const void *addr)
{
	return peek(PTRACE_PEEKDATA, pid, (unsigned long)(uintptr_t)addr);
}

void ptc_pokedata(pid_t pid, const void *addr, unsigned long value)
{
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, addr, value));
}

size_t ptc_page_size(void)
{
	return (size_t)sysconf(_SC_PAGESIZE);
}

void *ptc_unmapped_page(void)
{
	size_t page = ptc_page_size();
	unsigned long low = page, min = 0;
	FILE *f = fopen("/proc/sys/vm/mmap_min_addr", "r");
	char *p;

	/* Nothing is mapped below vm.mmap_min_addr but by address (and only
	 * with CAP_SYS_RAWIO), so the page under it stays a hole whatever the
	 * process maps later; map the page at it, by address. */
	if (f) {
		if (fscanf(f, "%lu", &min) == 1 && min > low)
			low = (min + page - 1) & ~(page - 1);
		fclose(f);
	}
	p = mmap((void *)low, page, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == MAP_FAILED || p != (char *)low)
		PTC_FAIL(true, "mmap of the page at %#lx: %s", low,
			 p == MAP_FAILED ? ptc_errno_name(errno) : "placed elsewhere");
	return p - page;
}

int ptc_trap_tracee(void *v)
{
	ptc_trap_return((long)v);
	return 0;
}

int ptc_step_tracee(void *unused)
{
	ptc_step_site();
	return 0;
}

void ptc_run_to_trap(pid_t pid)
{
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGTRAP);
}

long ptc_trap_value(pid_t pid)
{
	ptc_regs_t regs;

	ptc_run_to_trap(pid);
	ptc_get_regs(pid, &regs);
	return (long)PTC_REG_RET(regs);
}

#if PTC_X86
#include <cpuid.h>

size_t ptc_get_xstate(pid_t pid, void *buf)
{
	size_t len = PTC_XSTATE_MAX;
	long r = ptc_regset(PTRACE_GETREGSET, pid, NT_X86_XSTATE, buf, &len);

	if (r == -1 && errno == ENODEV)
		ptc_skip("this CPU has no XSAVE (NT_X86_XSTATE fails with ENODEV)");
	REQUIRE_SUPPORTED(r, EINVAL, PTC_FEAT_X86_XSTATE);
	ASSERT_OK(r);
	return len;
}

uint64_t ptc_xcr0(void)
{
	uint32_t lo, hi;

	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	return (uint64_t)hi << 32 | lo;
}

uint32_t ptc_xsave_size(void)
{
	unsigned int a, b, c, d;

	__cpuid_count(0xd, 0, a, b, c, d);
	return b;
}
#endif

#if PTC_X86
long ptc_int80(long nr, long a1, long a2, long a3)
{
	int ret;

	__asm__ volatile("int $0x80"
			 : "=a"(ret)
			 : "a"(nr), "b"(a1), "c"(a2), "d"(a3)
#if defined(__x86_64__)
			 : "r8", "r9", "r10", "r11", "memory");
#else
			 : "memory");
#endif
	return ret;
}

#else
long ptc_int80(long nr, long a1, long a2, long a3)
{
	PTC_FAIL(true, "int $0x80 exists only on x86");
	return -1;
}
#endif

#if PTC_X86
#include <asm/ldt.h>

#define NR32_SET_THREAD_AREA 243	/* i386 numbers */
#define NR32_GET_THREAD_AREA 244

/* The TLS calls: a 64-bit task reaches them only through the 32-bit entry
 * (int $0x80), which takes pointers below 4 GiB. */
static long tls_call(long nr32, struct user_desc *d)
{
#if defined(__x86_64__)
	static struct user_desc *low;
	long r;

	if (!low) {
		low = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
		if (low == MAP_FAILED)
			PTC_FAIL(true, "mmap(MAP_32BIT): %s", ptc_errno_name(errno));
	}
	*low = *d;
	r = ptc_int80(nr32, (long)low, 0, 0);
	*d = *low;
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
#else
	return syscall(nr32, d);
#endif
}

int ptc_tls_alloc(unsigned int base)
{
	struct user_desc d = {
		.entry_number = -1, .base_addr = base, .limit = 0xfffff, .seg_32bit = 1,
		.limit_in_pages = 1, .useable = 1,
	};

	ASSERT_OK(tls_call(NR32_SET_THREAD_AREA, &d));
	return (int)d.entry_number;
}

unsigned int ptc_tls_base(int idx)
{
	struct user_desc d = { .entry_number = (unsigned int)idx };

	ASSERT_OK(tls_call(NR32_GET_THREAD_AREA, &d));
	return d.base_addr;
}
#endif

#if defined(__x86_64__)
#define SHSTK_REFUSED 3

static int shstk_tracee(void *arg)
{
	long r;

	/* Enabled by an inline system call: no frame older than this point
	 * may return, its return address is not on the shadow stack. */
	__asm__ volatile("syscall"
			 : "=a"(r)
			 : "a"((long)SYS_arch_prctl), "D"((long)ARCH_SHSTK_ENABLE),
			   "S"((long)ARCH_SHSTK_SHSTK)
			 : "rcx", "r11", "memory");
	if (r != 0)
		syscall(SYS_exit_group, SHSTK_REFUSED);
	ptc_trap_return(0);
	syscall(SYS_exit_group, 0);
	return 0;
}

int ptc_trap_then_check_gs(void *want)
{
	unsigned long gs = 0;

	ptc_trap_return(0);
	ASSERT_OK(syscall(SYS_arch_prctl, ARCH_GET_GS, &gs));
	EXPECT_EQ(gs, *(unsigned long *)want);
	return 0;
}

pid_t ptc_start_shstk_tracee(void)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, shstk_tracee, NULL);
	struct ptc_stop st;

	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	st = ptc_next_stop(pid);
	if (st.kind == PTC_EXITED && st.code == SHSTK_REFUSED)
		ptc_skip("no user shadow stack here: arch_prctl(ARCH_SHSTK_ENABLE) failed "
			 "(CPU without it, or a kernel without CONFIG_X86_USER_SHADOW_STACK)");
	ASSERT_STOP_IS(&st, .kind = PTC_SIGNAL_STOP, .sig = SIGTRAP);
	return pid;
}
#endif

#if defined(__aarch64__)
void ptc_trap_skip(pid_t pid)
{
	ptc_regs_t regs;

	ptc_get_regs(pid, &regs);
	regs.pc += 4;
	ptc_set_regs(pid, &regs);
}
#else
void ptc_trap_skip(pid_t pid)
{
	(void)pid;	/* x86 reports the IP after the int3 already */
}
#endif

/* ---- trap sites ------------------------------------------------------------ */

#define GLOBAL(name) ".globl " #name "\n.type " #name ",@function\n" #name ":\n"
#define LABEL(name) ".globl " #name "\n" #name ":\n"
#define PTC_STR_(x) #x
#define PTC_STR(x) PTC_STR_(x)

/* The same bytes for both x86 ABIs. */
#define X86_STEP_SITE \
	GLOBAL(ptc_step_site) \
	"	int3\n" \
	LABEL(ptc_step_start) \
	"	nop\n" \
	LABEL(ptc_step_second) \
	"	nop\n" \
	"	nop\n" \
	LABEL(ptc_step_jump) \
	"	jmp ptc_step_target\n" \
	"	nop\n" \
	"	nop\n" \
	LABEL(ptc_step_target) \
	"	nop\n" \
	"	ret\n"

#if defined(__x86_64__)
__asm__(".text\n"
	GLOBAL(ptc_trap_return)
	"	mov %rdi, %rax\n"
	"	int3\n"
	LABEL(ptc_trap_return_ip)
	"	ret\n"
	X86_STEP_SITE
	GLOBAL(ptc_syscall_site)
	"	mov $" PTC_STR(SYS_getpid) ", %eax\n"
	"	int3\n"
	LABEL(ptc_syscall_insn)
	"	syscall\n"
	LABEL(ptc_syscall_after)
	"	ret\n"
	GLOBAL(ptc_trap_xmm0)
	"	movq %rdi, %xmm0\n"
	"	int3\n"
	"	movq %xmm0, %rax\n"
	"	ret\n"
	GLOBAL(ptc_trap_fpucw)
	"	int3\n"
	"	sub $8, %rsp\n"
	"	fnstcw (%rsp)\n"
	"	movzwl (%rsp), %eax\n"
	"	add $8, %rsp\n"
	"	ret\n");
#elif defined(__i386__)
__asm__(".text\n"
	GLOBAL(ptc_trap_return)
	"	mov 4(%esp), %eax\n"
	"	int3\n"
	LABEL(ptc_trap_return_ip)
	"	ret\n"
	X86_STEP_SITE
	GLOBAL(ptc_syscall_site)
	"	mov $" PTC_STR(SYS_getpid) ", %eax\n"
	"	int3\n"
	LABEL(ptc_syscall_insn)
	"	int $0x80\n"
	LABEL(ptc_syscall_after)
	"	ret\n"
	GLOBAL(ptc_trap_xmm0)
	"	movd 4(%esp), %xmm0\n"
	"	int3\n"
	"	movd %xmm0, %eax\n"
	"	ret\n"
	GLOBAL(ptc_trap_fpucw)
	"	int3\n"
	"	sub $4, %esp\n"
	"	fnstcw (%esp)\n"
	"	movzwl (%esp), %eax\n"
	"	add $4, %esp\n"
	"	ret\n");
#elif defined(__aarch64__)
__asm__(".text\n"
	GLOBAL(ptc_trap_return)
	LABEL(ptc_trap_return_ip)
	"	brk #0\n"
	"	ret\n"
	GLOBAL(ptc_step_site)
	"	brk #0\n"
	LABEL(ptc_step_start)
	"	nop\n"
	LABEL(ptc_step_second)
	"	nop\n"
	"	nop\n"
	LABEL(ptc_step_jump)
	"	b ptc_step_target\n"
	"	nop\n"
	"	nop\n"
	LABEL(ptc_step_target)
	"	nop\n"
	"	ret\n");
#endif
