# SPDX-License-Identifier: GPL-2.0
#
# make            build the runner and every case
# make check      run the suite on the running kernel (TAP on stdout,
#                 JSON and JUnit under out/results/host/), then again with
#                 32-bit tracees where -m32 works (out/results/host-i386/)
# make test       install what the self-tests need, run them, then make check
#
# make ARCH=arm64 (or make cross-arm64)
#                 cross-build the runner and every case for arm64 with clang,
#                 statically linked, into out/build/arm64 (runner in
#                 out/build/arm64/bin): needs clang, lld, llvm-ar and Debian's
#                 libc6-dev-arm64-cross, linux-libc-dev-arm64-cross and
#                 libgcc-12-dev-arm64-cross
#
# make vm-check KERNEL=<spec>  the suite in a VM on another kernel
#                 (KERNELS="6.1 6.12 uml", ARCH=arm64, KVM=1: README.md)
# make matrix     make check, make vm-check on MATRIX_KERNELS (x86_64: 6.1, 6.12,
#                 UML) and MATRIX_ARM64_KERNELS (arm64: 6.12), make report
# make matrix-all the same with the PREEMPT_RT and cloud flavours of both lines
#                 and arm64 6.1 too
# make report     the HTML compatibility report of every run under out/results
# make regressions OLD=<run> NEW=<run>   a mail-ready text report of what regressed
# make catalogue  cases/behaviours.md, the behaviour ids the cases check, from
#                 their metadata (a self-test keeps it current)
# make STATIC=1   the native build statically linked (make vm-check VM_STATIC=1),
#                 into out/build/<abi>-static (runner in its bin/)
#
# RUNFLAGS are passed to the runner, e.g. make check RUNFLAGS="-j1 signal".

CC ?= cc
CFLAGS ?= -O2 -g
OUT ?= out
PYTHON ?= /usr/bin/python3
RUNFLAGS ?=

# The tracee ABI: native, or i386 (32-bit tracees on x86_64, needs gcc-multilib).
ABI ?= native
ifeq ($(ABI),i386)
ABI_CFLAGS := -m32
else
ABI_CFLAGS :=
endif

# The target arch: native (the host compiler), or arm64 (a clang cross build,
# static so that the programs run in a minimal VM initramfs).
ARCH ?= native
ifeq ($(ARCH),arm64)
CROSS_TRIPLE ?= aarch64-linux-gnu
CROSS_CC ?= clang
CC := $(CROSS_CC) --target=$(CROSS_TRIPLE)
AR := llvm-ar
ifeq ($(STATIC),0)
ARCH_LDFLAGS := -fuse-ld=lld
BUILD := $(OUT)/build/arm64-dynamic
else
ARCH_LDFLAGS := -fuse-ld=lld -static
BUILD := $(OUT)/build/arm64
endif
RUNNER := $(BUILD)/bin/ptc-run
else ifeq ($(ARCH),native)
ifeq ($(STATIC),1)
ARCH_LDFLAGS := -static
BUILD := $(OUT)/build/$(ABI)-static
RUNNER := $(BUILD)/bin/ptc-run
else
ARCH_LDFLAGS :=
BUILD := $(OUT)/build/$(ABI)
RUNNER := $(OUT)/bin/ptc-run
endif
else
$(error ARCH=$(ARCH): known are native and arm64)
endif

# Quiet by default; make V=1 shows the commands.
ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @echo "  $(1) $(2)"
endif
PTC_CFLAGS := -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers \
	-D_GNU_SOURCE -Iharness -Ihelpers $(ABI_CFLAGS)
LDLIBS := -lpthread

LIB_SRC := harness/case_main.c harness/check.c harness/names.c harness/result.c harness/idle.c harness/platform.c harness/kconfig.c harness/support.c $(wildcard helpers/*.c)
LIB_OBJ := $(patsubst %.c,$(BUILD)/lib/%.o,$(LIB_SRC))
LIB := $(BUILD)/libptc.a
HEADERS := $(wildcard harness/*.h helpers/*.h)

CASE_SRC := $(sort $(wildcard cases/*/*.c))
CASES := $(patsubst cases/%.c,$(BUILD)/cases/%,$(CASE_SRC))
FIXTURE_SRC := $(sort $(wildcard tests/fixtures/*.c))
FIXTURES := $(patsubst tests/fixtures/%.c,$(BUILD)/fixtures/fixture/%,$(FIXTURE_SRC))
# Hostile cases (tests/hostile): what a wild case or a lying kernel does to
# the run, for the runner's self-tests; never part of the suite.
HOSTILE_SRC := $(sort $(wildcard tests/hostile/*.c))
HOSTILE := $(patsubst tests/hostile/%.c,$(BUILD)/hostile/hostile/%,$(HOSTILE_SRC))

RUNNER_SRC := harness/runner.c harness/runner_output.c harness/capture.c harness/elf_meta.c harness/result.c harness/platform.c harness/kconfig.c harness/support.c harness/names.c

.PHONY: all cases fixtures check test selftest bench mutants stress install clean
all: $(RUNNER) cases

cases: $(CASES)
	@# A case whose source is gone must not run from a stale build.
	@find $(BUILD)/cases -type f 2>/dev/null | while read -r f; do \
		case " $(CASES) " in *" $$f "*) ;; *) echo "  RM $$f (no source)"; rm -f "$$f";; esac; \
	done
fixtures: $(FIXTURES) $(HOSTILE)

# The harness stands alone: its objects cannot see helpers/ (helpers/ is
# built on it).
$(BUILD)/lib/harness/%.o: PTC_CFLAGS := $(filter-out -Ihelpers,$(PTC_CFLAGS))
# Each object and program lists the headers it read in a .d file under
# $(BUILD)/deps (-MMD -MP; apart from the programs, whose directories are
# run and installed): touching one header rebuilds only what includes it.
DEP = $(BUILD)/deps/$(patsubst $(BUILD)/%,%,$@).d
DEPFLAGS = -MMD -MP -MF $(DEP)
# A missing .d (a build from before it existed) rebuilds its target once.
$(BUILD)/deps/%.d: ;
.PRECIOUS: $(BUILD)/deps/%.d

$(BUILD)/lib/%.o: %.c $(BUILD)/deps/lib/%.o.d
	@mkdir -p $(@D) $(dir $(DEP))
	$(call say,CC,$<)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) $(DEPFLAGS) -DPTC_NAME='"library"' -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

# A case's name is group.behaviour, from cases/<group>/<behaviour>.c.
$(BUILD)/cases/%: cases/%.c $(LIB) $(BUILD)/deps/cases/%.d
	@mkdir -p $(@D) $(dir $(DEP))
	$(call say,CASE,$*)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) $(DEPFLAGS) -DPTC_NAME='"$(subst /,.,$*)"' $(ARCH_LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/fixtures/fixture/%: tests/fixtures/%.c $(LIB) $(BUILD)/deps/fixtures/fixture/%.d
	@mkdir -p $(@D) $(dir $(DEP))
	$(call say,FIXTURE,$*)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) $(DEPFLAGS) -DPTC_NAME='"fixture.$*"' $(ARCH_LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/hostile/hostile/%: tests/hostile/%.c $(LIB) $(BUILD)/deps/hostile/hostile/%.d
	@mkdir -p $(@D) $(dir $(DEP))
	$(call say,HOSTILE,$*)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) $(DEPFLAGS) -DPTC_NAME='"hostile.$*"' $(ARCH_LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(RUNNER): $(RUNNER_SRC) $(HEADERS)
	@mkdir -p $(@D)
	$(call say,LINK,$@)
	$(Q)$(CC) $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
		-Wno-missing-field-initializers -D_GNU_SOURCE -DPTC_NAME='"runner"' -Iharness \
		$(ARCH_LDFLAGS) -o $@ $(RUNNER_SRC)

-include $(patsubst $(BUILD)/%,$(BUILD)/deps/%.d,$(LIB_OBJ) $(CASES) $(FIXTURES) $(HOSTILE))

.PHONY: cross-arm64
cross-arm64:
	$(MAKE) ARCH=arm64 all

# 32-bit tracees: where this machine executes 32-bit programs (the runner's
# exec-32bit platform fact) and a -m32 program compiles and links here
# (gcc-multilib), `make check` also builds every case with -m32 and runs them as a second run,
# "host-i386", so the kernel's compat ptrace path is covered. The native run
# comes first; check fails if either run has an unexpected result.
M32_PROBE = printf '\043include <pthread.h>\nint main(void) { return pthread_self() == 0; }\n' | \
	$(CC) -m32 -x c - -o $(OUT)/m32-probe -lpthread 2>/dev/null

# JUnit XML for CI systems, from the runner's results.json (one writer for
# host and VM runs).
JUNIT = $(PYTHON) reports/junit.py

ifeq ($(ABI),i386)
check: all
	@rc=0; $(RUNNER) --abi i386 --label host-i386 --cases $(BUILD)/cases \
		--results $(OUT)/results/host-i386 $(RUNFLAGS) || rc=1; \
	$(JUNIT) $(OUT)/results/host-i386 || rc=1; exit $$rc
else
check: all
	@rc=0; \
	$(RUNNER) --cases $(BUILD)/cases --results $(OUT)/results/host $(RUNFLAGS) || rc=1; \
	$(JUNIT) $(OUT)/results/host || rc=1; \
	mkdir -p $(OUT); \
	if ! fact=$$($(RUNNER) --platform=exec-32bit); then \
		echo "note: this machine does not execute 32-bit programs ($$fact):" \
			"the host-i386 run of 32-bit tracees is skipped"; \
	elif $(M32_PROBE); then \
		rm -f $(OUT)/m32-probe; \
		$(MAKE) --no-print-directory ABI=i386 cases && \
		$(RUNNER) --abi i386 --label host-i386 --cases $(OUT)/build/i386/cases \
			--results $(OUT)/results/host-i386 $(RUNFLAGS) || rc=1; \
		$(JUNIT) $(OUT)/results/host-i386 || rc=1; \
	else \
		echo "note: no 32-bit userland here ($(CC) -m32 cannot build a program;" \
			"install gcc-multilib): the host-i386 run of 32-bit tracees is skipped"; \
	fi; \
	exit $$rc
endif

# The preload library of make mutants; the self-tests use it too.
MUTANT_LIB := $(BUILD)/mutant.so
selftest: all fixtures $(MUTANT_LIB)
	$(PYTHON) -m pytest -q tests

test:
	sh ci/install-test-deps.sh
	$(MAKE) selftest
	$(MAKE) check

# The suite once per lying ptrace()/wait (tests/mutants): which cases catch each.
$(MUTANT_LIB): tests/mutants/mutant.c helpers/uapi.h
	$(call say,CC,$<)
	$(Q)$(CC) $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -fPIC -shared -o $@ $< -ldl

mutants: all $(MUTANT_LIB)
	$(PYTHON) tests/mutants/run.py $(RUNFLAGS)

# A kselftest collection "ptrace_conformance" for run_kselftest.sh.
install: all
	sh ci/kselftest-install.sh $(RUNNER) $(BUILD) "$(INSTALL_PATH)"

# The suite RUNS times (default 100), shuffled, in parallel, under CPU load.
stress: all
	$(PYTHON) ci/stress.py $(RUNFLAGS)

bench:
	$(PYTHON) ci/bench.py

# The suite in VMs on other kernels (README.md): KERNEL=<spec> or
# KERNELS="<spec> ...", ARCH=arm64, ABI=i386, KVM=1, VM_TIMEOUT_SCALE=N,
# LABEL=name, FORCE=1 (boot a tree lacking needed options),
# REPLACE=1 (replace a label's results of another kernel), VM_FLAGS for ci/vm-check.py, RUNFLAGS for the runner in the guest.
.PHONY: vm-check matrix report regressions kcidb bisect history
# The guest runs the dynamically linked build (one C library in the
# initramfs, not one per case); VM_STATIC=1 the static one, which ABI=i386
# keeps (its dynamic runner would replace the host's out/bin/ptc-run).
VM_STATIC ?= $(if $(filter i386,$(ABI)),1,0)
ifeq ($(ARCH),arm64)
VM_BUILD := $(OUT)/build/arm64$(if $(filter 1,$(VM_STATIC)),,-dynamic)
VM_ARCH := arm64
VM_STRIP ?= llvm-strip
else
VM_BUILD := $(OUT)/build/$(ABI)$(if $(filter 1,$(VM_STATIC)),-static)
VM_ARCH := $(shell uname -m)
VM_STRIP ?= strip
endif
VM_FLAGS ?=
# What vm-check and bisect build for the guest.
VM_BUILD_VARS := ARCH=$(ARCH) ABI=$(ABI) STATIC=$(if $(filter 1,$(VM_STATIC)),1,0)
vm-check:
	$(Q)$(PYTHON) ci/vm-check.py --deps-only --arch $(VM_ARCH) $(KERNEL) $(KERNELS)
	$(Q)$(MAKE) --no-print-directory $(VM_BUILD_VARS) all
	$(PYTHON) ci/vm-check.py --arch $(VM_ARCH) --abi $(ABI) --build $(VM_BUILD) \
		--out $(OUT) --strip $(VM_STRIP) $(if $(filter 1,$(KVM)),--kvm) \
		$(if $(VM_TIMEOUT_SCALE),--timeout-scale $(VM_TIMEOUT_SCALE)) \
		$(if $(LABEL),--label $(LABEL)) $(if $(KNOWN),--known $(KNOWN)) $(if $(filter 1,$(FORCE)),--force) \
		$(if $(filter 1,$(REPLACE)),--replace) --runflags "$(RUNFLAGS)" $(VM_FLAGS) -- $(KERNEL) $(KERNELS)

# Every point release of a Debian kernel line the archive serves, each run once
# (kept under history-<package>), then each case's history (README.md).
FLAVOUR ?= amd64
history:
	$(PYTHON) ci/history.py --results $(OUT)/results --line "$(LINE)" --flavour "$(FLAVOUR)"

# The first commit of a kernel git tree on which CASES go bad (README.md):
# TREE=<tree> GOOD=<rev> BAD=<rev> CASES="<names or groups>" [CONFIG=<.config>]
# The build below must not see that CASES (it names the build's case list),
# hence no command-line overrides for it.
bisect:
	$(Q)$(PYTHON) ci/vm-check.py --deps-only --arch $(VM_ARCH) "$(TREE)"
	$(Q)env -u CASES -u MAKEFLAGS -u MAKEOVERRIDES $(MAKE) --no-print-directory $(VM_BUILD_VARS) all
	$(PYTHON) ci/bisect.py --tree "$(TREE)" --good "$(GOOD)" --bad "$(BAD)" --cases "$(CASES)" \
		$(if $(CONFIG),--config $(CONFIG)) --out $(OUT)/bisect --cache $(OUT)/vm \
		--vm-flags "--arch $(VM_ARCH) --abi $(ABI) --build $(VM_BUILD) --strip $(VM_STRIP) $(VM_FLAGS)"

# The CI matrix: the host, then MATRIX_KERNELS in x86_64 VMs and
# MATRIX_ARM64_KERNELS in arm64 ones, then the report (even when a run
# failed; the target fails at the end if any did). A VM kernel's triaged
# deviations (ci/known/<label>) stay failures in its results and the
# report; the matrix fails only where a run differs from that list.
MATRIX_KERNELS ?= 6.1 6.12 uml
MATRIX_ARM64_KERNELS ?= 6.12
# make matrix-all: every flavour and arch the runner boots, not only CI's.
MATRIX_ALL_KERNELS ?= 6.1 6.12 6.1-rt 6.12-rt 6.1-cloud 6.12-cloud uml
MATRIX_ALL_ARM64_KERNELS ?= 6.1 6.12
.PHONY: matrix-all
matrix-all:
	$(MAKE) --no-print-directory matrix MATRIX_KERNELS="$(MATRIX_ALL_KERNELS)" \
		MATRIX_ARM64_KERNELS="$(MATRIX_ALL_ARM64_KERNELS)"
matrix:
	@rc=0; $(MAKE) --no-print-directory check || rc=1; \
	$(MAKE) --no-print-directory vm-check KERNELS="$(MATRIX_KERNELS)" KNOWN=ci/known || rc=1; \
	$(if $(strip $(MATRIX_ARM64_KERNELS)),$(MAKE) --no-print-directory vm-check ARCH=arm64 \
		KERNELS="$(MATRIX_ARM64_KERNELS)" KNOWN=ci/known || rc=1;) \
	$(MAKE) --no-print-directory report || rc=1; exit $$rc

# One static HTML report of every run under out/results (out/report/index.html).
# The committed catalogue of behaviour ids (.spec), from the built cases.
.PHONY: catalogue
catalogue: cases
	$(PYTHON) reports/catalogue.py --cases $(BUILD)/cases --output cases/behaviours.md

report:
	$(PYTHON) reports/report.py --results $(OUT)/results --out $(OUT)/report/index.html

# What regressed from OLD to NEW (run labels under out/results, or paths).
regressions:
	$(PYTHON) reports/regressions.py --results $(OUT)/results "$(OLD)" "$(NEW)"

# One run's results as a KCIDB v4.3 report (out/kcidb/<label>.json) for KernelCI.
kcidb:
	$(PYTHON) reports/kcidb.py --results $(OUT)/results --out-dir $(OUT)/kcidb "$(RUN)"

clean:
	rm -rf $(OUT)
