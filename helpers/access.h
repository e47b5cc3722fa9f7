/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Ptrace access mode checking: processes with chosen credentials to attach
 * to, attempts to attach from a process with chosen credentials, and Yama's
 * ptrace_scope (changed only for the length of a test, and always put back).
 */
#ifndef PTC_ACCESS_H
#define PTC_ACCESS_H

#include <stdbool.h>
#include <sys/types.h>

#include "helpers.h"

/* Run in a child before it waits (target) or attaches (attacher). */
typedef void (*ptc_setup_fn)(void *arg);
void ptc_setup_unprivileged(void *unused);	/* ptc_become_unprivileged() */
void ptc_setup_unprivileged_nondumpable(void *unused);	/* and PR_SET_DUMPABLE 0 */
void ptc_setup_ids(void *ids);			/* ptc_set_ids(ids, false) */

/* A tracee body: PTRACE_TRACEME must fail with EPERM; then exit 0. */
int ptc_traceme_refused(void *unused);

/* A child that runs setup(arg) (if any), then only waits for signals.
 * Returns once setup has finished. */
pid_t ptc_spawn_target(ptc_setup_fn setup, void *arg);

/* From a child that runs setup(arg) (if any): request (PTRACE_ATTACH or
 * PTRACE_SEIZE) on target. On success the child waits for the resulting
 * stop and detaches, leaving the target as it was. Returns 0 if the
 * request succeeded, else its errno. */
int ptc_try_attach(ptc_setup_fn setup, void *arg, long request, pid_t target);

/* Whether a process can create a user namespace here (as root, or after
 * dropping privileges): tried in a child. */
bool ptc_userns_available(bool unprivileged);

/* Yama's ptrace_scope, or -1 without Yama. */
int ptc_yama_scope(void);
/* Run fn(arg) in a child with ptrace_scope set to scope, then put the old
 * value back whatever happened in the child (before the case's deadline).
 * Skips when Yama is absent, when the change is impossible or would be
 * permanent (scope 3), or without the privilege to write the setting. */
void ptc_with_yama_scope(int scope, ptc_fn fn, void *arg);

#endif
