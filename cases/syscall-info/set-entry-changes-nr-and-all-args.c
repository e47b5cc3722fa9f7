// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ptc.h"
#include "syscalls.h"

/* getppid() becomes mmap() of pages 1-2 of a memfd, read-only, shared, at
 * a fixed address: all six arguments show in the mapping the tracee gets. */
#ifdef SYS_mmap2
#define MMAP_NR SYS_mmap2	/* i386: the offset counts pages */
#define MMAP_OFF(page) 1UL
#else
#define MMAP_NR SYS_mmap
#define MMAP_OFF(page) (page)
#endif

static char *resv;	/* 4 reserved pages, inherited by the tracee */
static int memfd;

static int changed_getppid(void *arg)
{
	unsigned long page = ptc_page_size(), start = 0, end = 0, off = 0;
	char line[512], perms[8] = "", path[256] = "";
	FILE *f;
	long r;

	r = syscall(SYS_getppid, 0x10L, 0x11L, 0x12L, 0x13L, 0x14L, 0x15L);
	ASSERT_EQ(r, (long)resv);				/* addr, MAP_FIXED */
	f = fopen("/proc/self/maps", "r");
	ASSERT_TRUE(f != NULL);
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%lx-%lx %7s %lx %*s %*s %255s", &start, &end, perms, &off,
			   path) >= 4 && start == (unsigned long)resv)
			break;
		start = 0;
	}
	fclose(f);
	ASSERT_EQ(start, (unsigned long)resv);
	EXPECT_EQ(end - start, 2 * page);			/* len */
	EXPECT_EQ(strcmp(perms, "r--s"), 0);			/* prot, MAP_SHARED */
	EXPECT_EQ(off, page);					/* offset */
	EXPECT_TRUE(strstr(path, "memfd:ptc-set-info") != NULL);	/* fd */
	EXPECT_EQ(resv[0], 'B');	/* page 1 of the file */
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_SET_SYSCALL_INFO at a syscall-enter-stop changes the number and all "
		 "six arguments at once: GET_SYSCALL_INFO reads each back, and getppid() turned "
		 "into mmap() maps what every argument asked for (address, length, protection, "
		 "flags, descriptor, offset, as /proc/self/maps shows), returning the address",
	.man = "PTRACE_SET_SYSCALL_INFO (undocumented)",
	.spec = "C208",
	.since = "6.16",
	.links = "selftests/ptrace/set_syscall_info.c",
)
{
	unsigned long page = ptc_page_size();
	struct ptc_syscall_info info;
	uint64_t want[6];
	pid_t pid;

	memfd = (int)syscall(SYS_memfd_create, "ptc-set-info", 0);
	ASSERT_OK(memfd);
	ASSERT_OK(ftruncate(memfd, (off_t)(3 * page)));
	for (int i = 0; i < 3; i++) {
		char *p = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, memfd,
			       (off_t)(i * page));

		ASSERT_TRUE(p != MAP_FAILED);
		memset(p, 'A' + i, page);
		munmap(p, page);
	}
	resv = mmap(NULL, 4 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(resv != MAP_FAILED);
	want[0] = (uintptr_t)resv;
	want[1] = 2 * page;
	want[2] = PROT_READ;
	want[3] = MAP_SHARED | MAP_FIXED;
	want[4] = (uint64_t)memfd;
	want[5] = MMAP_OFF(page);

	pid = ptc_start(PTC_TRACEME, PTRACE_O_TRACESYSGOOD, changed_getppid, NULL);
	ptc_syscall_to_entry(pid, SYS_getppid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	ASSERT_EQ(info.entry.args[5], 0x15);
	info.entry.nr = MMAP_NR;
	memcpy(info.entry.args, want, sizeof(want));
	ASSERT_OK(ptc_set_syscall_info(pid, sizeof(info), &info));
	memset(&info, 0, sizeof(info));
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 80);
	EXPECT_EQ(info.entry.nr, MMAP_NR);
	for (int i = 0; i < 6; i++)
		EXPECT_EQ(info.entry.args[i], want[i]);
	ASSERT_OK(PTRACE(PTRACE_SYSCALL, pid, 0, 0));
	ASSERT_SYSCALL_STOP(pid);
	ASSERT_EQ(ptc_get_syscall_info(pid, &info), 33);
	EXPECT_EQ(info.exit.is_error, 0);
	EXPECT_EQ(info.exit.rval, (int64_t)(uintptr_t)resv);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_EXITED(pid, 0);
}
