/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PTC_ELF_META_H
#define PTC_ELF_META_H
#include <stdbool.h>

struct ptc_meta;
/* The case metadata stored in an ELF file, or false if it has none. */
bool elf_read_meta(const char *path, struct ptc_meta *m);
#endif
