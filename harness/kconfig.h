/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The running kernel's version and build configuration, read to judge a
 * refusal: a request refused by a kernel whose version and config say it
 * has the feature is a regression, not "unsupported".
 *
 * The config comes from PTC_KCONFIG (a file, plain or gzip, or "none"),
 * else /proc/config.gz, else /boot/config-<release>. Under the runner,
 * PTC_KCONFIG names what the runner read, and PTC_KCONFIG_FD is an
 * inherited, sealed copy of its text: a case that dropped its privileges
 * can read it where it could not read the file.
 */
#ifndef PTC_KCONFIG_H
#define PTC_KCONFIG_H

#include <stdbool.h>
#include <stddef.h>

#define PTC_KCONFIG_ENV "PTC_KCONFIG"
#define PTC_KCONFIG_FD_ENV "PTC_KCONFIG_FD"

/* The running kernel's version from uname's release ("6.1.0-47-amd64" is
 * 6.1.0); false if the release does not start with one. */
bool ptc_kernel_version(int version[3]);
/* "5.3", "2.6.35" into version; false if malformed. */
bool ptc_parse_version(const char *s, int version[3]);
int ptc_version_cmp(const int a[3], const int b[3]);

/* Load the config (once). Returns false, with why, if it cannot be read or
 * does not look like a kernel config. */
bool ptc_kconfig_load(char *why, size_t len);
/* Where the loaded config came from, and how many options it sets. */
const char *ptc_kconfig_source(void);
unsigned ptc_kconfig_options(void);
/* Hand the loaded config to the processes started afterwards: a sealed
 * copy in PTC_KCONFIG_FD, its source in PTC_KCONFIG. */
bool ptc_kconfig_export(void);
/* An option's value ("y", "m", "4096") into val: true if it is set. The
 * config must have been loaded. */
bool ptc_kconfig_value(const char *option, char *val, size_t len);

#endif
