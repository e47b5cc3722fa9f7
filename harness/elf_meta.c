// SPDX-License-Identifier: GPL-2.0
/* Reading a case's metadata from the ".ptc_meta" section of its ELF file,
 * so the runner lists and describes cases of any arch without running them. */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "elf_meta.h"
#include "harness.h"

static bool read_at(int fd, void *buf, size_t len, off_t off)
{
	return pread(fd, buf, len, off) == (ssize_t)len;
}

/* The few header fields needed, whatever the ELF class. */
struct elf_layout {
	bool is64;
	uint64_t shoff;
	unsigned shentsize, shnum, shstrndx;
};

static bool read_layout(int fd, struct elf_layout *l)
{
	unsigned char ident[EI_NIDENT];

	if (!read_at(fd, ident, sizeof(ident), 0) || memcmp(ident, ELFMAG, SELFMAG) != 0)
		return false;
	l->is64 = ident[EI_CLASS] == ELFCLASS64;
	if (l->is64) {
		Elf64_Ehdr eh;

		if (!read_at(fd, &eh, sizeof(eh), 0))
			return false;
		*l = (struct elf_layout){ true, eh.e_shoff, eh.e_shentsize, eh.e_shnum, eh.e_shstrndx };
	} else if (ident[EI_CLASS] == ELFCLASS32) {
		Elf32_Ehdr eh;

		if (!read_at(fd, &eh, sizeof(eh), 0))
			return false;
		*l = (struct elf_layout){ false, eh.e_shoff, eh.e_shentsize, eh.e_shnum, eh.e_shstrndx };
	} else {
		return false;
	}
	return l->shstrndx < l->shnum;
}

/* Section i's name offset, file offset and size. */
static bool read_section(int fd, const struct elf_layout *l, unsigned i, uint64_t *name,
			 uint64_t *off, uint64_t *size)
{
	off_t at = (off_t)(l->shoff + (uint64_t)i * l->shentsize);

	if (l->is64) {
		Elf64_Shdr sh;

		if (!read_at(fd, &sh, sizeof(sh), at))
			return false;
		*name = sh.sh_name, *off = sh.sh_offset, *size = sh.sh_size;
	} else {
		Elf32_Shdr sh;

		if (!read_at(fd, &sh, sizeof(sh), at))
			return false;
		*name = sh.sh_name, *off = sh.sh_offset, *size = sh.sh_size;
	}
	return true;
}

static bool find_section(int fd, const char *want, off_t *off, size_t *size)
{
	struct elf_layout l;
	uint64_t nm, strtab, sz, o, s;
	char name[32];

	if (!read_layout(fd, &l) || !read_section(fd, &l, l.shstrndx, &nm, &strtab, &sz))
		return false;
	for (unsigned i = 0; i < l.shnum; i++) {
		if (!read_section(fd, &l, i, &nm, &o, &s))
			return false;
		memset(name, 0, sizeof(name));
		if (pread(fd, name, sizeof(name) - 1, (off_t)(strtab + nm)) > 0 &&
		    strcmp(name, want) == 0) {
			*off = (off_t)o;
			*size = (size_t)s;
			return true;
		}
	}
	return false;
}

bool elf_read_meta(const char *path, struct ptc_meta *m)
{
	off_t off;
	size_t size;
	bool ok;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return false;
	ok = find_section(fd, ".ptc_meta", &off, &size) && size >= sizeof(*m) &&
	     read_at(fd, m, sizeof(*m), off) &&
	     memcmp(m->magic, PTC_META_MAGIC, sizeof(PTC_META_MAGIC)) == 0;
	close(fd);
	if (ok) {
		/* Fields may fill their array without a NUL; the runner wants strings. */
#define TERM(f) m->f[sizeof(m->f) - 1] = 0
		TERM(name); TERM(claim); TERM(man); TERM(spec); TERM(since); TERM(needs);
		TERM(variants); TERM(timeout); TERM(xfail); TERM(kernels); TERM(links);
		TERM(man_stale);
#undef TERM
	}
	return ok;
}
