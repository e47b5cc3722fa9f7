// SPDX-License-Identifier: GPL-2.0
#include <fcntl.h>
#include <sys/mman.h>

#include "ptc.h"

static int fds[2];
static uint64_t *volatile maps[2];

static int map_then_stop(void *arg)
{
	for (int i = 0; i < 2; i++) {
		maps[i] = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fds[i], 0);
		ASSERT_TRUE(maps[i] != MAP_FAILED);
	}
	raise(SIGUSR1);
	return 0;
}

PTC_CASE(
	.claim = "PTRACE_POKEDATA into a MAP_SHARED mapping of a file writes through to the "
		 "file, not into a private copy: the new word is read back from the file by "
		 "another process (a memfd and an unlinked regular file)",
	.man = "PTRACE_POKETEXT, PTRACE_POKEDATA",
	.spec = "5.F30 C028",
	.links = "gVisor ptrace.cc AttachParent_PeekData_PokeData_SignalSuppression "
		 "(formerly hygiene.pokedata-shared-file-mapping)",
)
{
	/* One word: 8 bytes on a 64-bit ABI, 4 on i386. */
	const unsigned long word = (unsigned long)0x0123456789abcdefULL;
	pid_t pid;

	fds[0] = ASSERT_OK(memfd_create("ptc-pokedata", MFD_CLOEXEC));
	fds[1] = open("/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fds[1] == -1) {
		/* No O_TMPFILE on this /tmp: a named file, unlinked at once. */
		char name[] = "/tmp/ptc-pokedata-XXXXXX";

		fds[1] = ASSERT_OK(mkostemp(name, O_CLOEXEC));
		ASSERT_OK(unlink(name));
	}
	for (int i = 0; i < 2; i++)
		ASSERT_OK(ftruncate(fds[i], 4096));
	pid = ptc_start(PTC_TRACEME, 0, map_then_stop, NULL);
	ASSERT_OK(PTRACE(PTRACE_CONT, pid, 0, 0));
	ASSERT_SIGNAL_STOP(pid, SIGUSR1);
	for (int i = 0; i < 2; i++) {
		unsigned long addr;
		unsigned long v = 0;

		errno = 0;
		addr = (unsigned long)PTRACE(PTRACE_PEEKDATA, pid, &maps[i], 0);
		ASSERT_EQ(errno, 0);
		ASSERT_OK(PTRACE(PTRACE_POKEDATA, pid, addr + 64, word));
		EXPECT_EQ(pread(fds[i], &v, sizeof(v), 64), sizeof(v));
		EXPECT_EQ(v, word);
	}
}
