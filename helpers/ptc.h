/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one header every case includes: the harness (harness/harness.h: case
 * model, checks, results) and the ptrace helpers built on it
 * (helpers/helpers.h). harness.h shows what a case looks like.
 */
#ifndef PTC_H
#define PTC_H

#include "harness.h"
#include "helpers.h"

#endif
