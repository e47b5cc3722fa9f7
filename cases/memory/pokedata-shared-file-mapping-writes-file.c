// SPDX-License-Identifier: GPL-2.0
#include <sys/mman.h>

#include "ptc.h"

PTC_CASE(
	.claim = "PTRACE_POKEDATA into a writable MAP_SHARED file mapping of the tracee writes "
		 "through to the file",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "5.F30",
)
{
	int fd = memfd_create("ptc-poke", MFD_CLOEXEC);
	long *map, in_file = 0;
	pid_t pid;

	ASSERT_OK(fd);
	ASSERT_OK(ftruncate(fd, 4096));
	map = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(map != MAP_FAILED);
	pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	/* The tracer unmaps its copy: only the tracee's mapping can write the file. */
	ASSERT_OK(munmap(map, 4096));
	ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, &map[2], 0x5ca1ab1e));
	ASSERT_EQ(pread(fd, &in_file, sizeof(in_file), 2 * sizeof(long)), sizeof(in_file));
	EXPECT_EQ(in_file, 0x5ca1ab1e);
}
