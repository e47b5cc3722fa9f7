# SPDX-License-Identifier: GPL-2.0
#
# make            build the runner and every case
# make check      run the suite on the running kernel (TAP on stdout,
#                 JSON and JUnit under out/results/)
# make test       install what the self-tests need, run them, then make check
# make vm-check KERNEL=<spec>   the suite in a VM on another kernel (README-vm.md)
# make report     the HTML compatibility report of every run under out/results
# make regressions OLD=<run> NEW=<run>   a mail-ready text report of what regressed
# make matrix     make check, make vm-check on 6.1, 6.12 and UML, make report
#
# RUNFLAGS are passed to the runner, e.g. make check RUNFLAGS="-j1 signal".
# STATIC=1 builds static programs (for a VM's initramfs) in their own
# directory; ARCH=arm64 on an x86_64 host cross-builds them (static).

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

# The target arch: the host's, or arm64 (cross, needs gcc-aarch64-linux-gnu).
# Kernel developers often have ARCH=x86 or ARCH=um set: both mean x86_64 here.
HOST_ARCH := $(shell uname -m | sed -e 's/aarch64/arm64/')
ARCH ?= $(HOST_ARCH)
TARGET_ARCH := $(strip $(if $(filter x86_64 x86 amd64 um,$(ARCH)),x86_64,$(if $(filter arm64 aarch64,$(ARCH)),arm64,$(ARCH))))
ifeq ($(filter x86_64 arm64,$(TARGET_ARCH)),)
$(error ARCH=$(ARCH): this suite builds for x86_64 or arm64)
endif
ifneq ($(TARGET_ARCH),$(HOST_ARCH))
CROSS_COMPILE ?= $(if $(filter arm64,$(TARGET_ARCH)),aarch64-linux-gnu-,x86_64-linux-gnu-)
CC := $(CROSS_COMPILE)gcc
AR := $(CROSS_COMPILE)ar
STATIC := 1
BUILD_NAME := $(TARGET_ARCH)
else
BUILD_NAME := $(ABI)
endif
STRIP ?= $(CROSS_COMPILE)strip

ifeq ($(STATIC),1)
BUILD := $(OUT)/build/$(BUILD_NAME)-static
STATIC_LDFLAGS := -static
else
BUILD := $(OUT)/build/$(BUILD_NAME)
STATIC_LDFLAGS :=
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

LIB_SRC := harness/case_main.c harness/result.c $(wildcard helpers/*.c)
LIB_OBJ := $(patsubst %.c,$(BUILD)/lib/%.o,$(LIB_SRC))
LIB := $(BUILD)/libptc.a
HEADERS := $(wildcard harness/*.h helpers/*.h)

CASE_SRC := $(sort $(wildcard cases/*/*.c))
# Cases of another arch's group (cases/arch-<arch>/) do not build here.
CASE_SRC := $(filter-out $(foreach a,$(filter-out $(TARGET_ARCH),x86_64 arm64),cases/arch-$(a)/%),$(CASE_SRC))
CASES := $(patsubst cases/%.c,$(BUILD)/cases/%,$(CASE_SRC))
FIXTURE_SRC := $(sort $(wildcard tests/fixtures/*.c))
FIXTURES := $(patsubst tests/fixtures/%.c,$(BUILD)/fixtures/fixture/%,$(FIXTURE_SRC))

ifeq ($(STATIC),1)
RUNNER := $(BUILD)/bin/ptc-run
else
RUNNER := $(OUT)/bin/ptc-run
endif
RUNNER_SRC := harness/runner.c harness/runner_output.c harness/elf_meta.c harness/result.c helpers/names.c

.PHONY: all cases fixtures check test selftest bench clean vm-check matrix report regressions
all: $(RUNNER) cases

cases: $(CASES)
fixtures: $(FIXTURES)

$(BUILD)/lib/%.o: %.c $(HEADERS)
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) -DPTC_NAME='"library"' -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

# A case's name is group.behaviour, from cases/<group>/<behaviour>.c.
$(BUILD)/cases/%: cases/%.c $(LIB) $(HEADERS)
	@mkdir -p $(@D)
	$(call say,CASE,$*)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) -DPTC_NAME='"$(subst /,.,$*)"' -o $@ $< $(LIB) $(LDLIBS) $(STATIC_LDFLAGS)

$(BUILD)/fixtures/fixture/%: tests/fixtures/%.c $(LIB) $(HEADERS)
	@mkdir -p $(@D)
	$(call say,FIXTURE,$*)
	$(Q)$(CC) $(CFLAGS) $(PTC_CFLAGS) -DPTC_NAME='"fixture.$*"' -o $@ $< $(LIB) $(LDLIBS)

$(RUNNER): $(RUNNER_SRC) $(HEADERS)
	@mkdir -p $(@D)
	$(call say,LINK,$@)
	$(Q)$(CC) $(CFLAGS) -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
		-Wno-missing-field-initializers -D_GNU_SOURCE -DPTC_NAME='"runner"' -Iharness -Ihelpers \
		-o $@ $(RUNNER_SRC) $(STATIC_LDFLAGS)

check: all
	$(RUNNER) --cases $(BUILD)/cases --results $(OUT)/results/host $(RUNFLAGS)

selftest: all fixtures
	$(PYTHON) -m pytest -q tests

test:
	sh ci/install-test-deps.sh
	$(MAKE) selftest
	$(MAKE) check

# The suite in VMs on other kernels (README-vm.md): KERNEL=<spec> or
# KERNELS="<spec> ...", ARCH=arm64, KVM=1, VM_TIMEOUT_SCALE=N, VM_FLAGS for
# ci/vm-check.py, RUNFLAGS for the runner in the guest.
VM_BUILD := $(OUT)/build/$(BUILD_NAME)-static
VM_FLAGS ?=
vm-check:
	$(Q)$(PYTHON) ci/vm-check.py --deps-only --arch $(TARGET_ARCH) $(KERNEL) $(KERNELS)
	$(Q)$(MAKE) --no-print-directory STATIC=1 ARCH=$(TARGET_ARCH) ABI=$(ABI) all
	$(PYTHON) ci/vm-check.py --arch $(TARGET_ARCH) --abi $(ABI) --build $(VM_BUILD) \
		--out $(OUT) --strip $(STRIP) $(if $(filter 1,$(KVM)),--kvm) \
		$(if $(VM_TIMEOUT_SCALE),--timeout-scale $(VM_TIMEOUT_SCALE)) \
		$(if $(LABEL),--label $(LABEL)) --runflags "$(RUNFLAGS)" $(VM_FLAGS) -- $(KERNEL) $(KERNELS)

# The CI matrix: the host, then MATRIX_KERNELS in VMs, then the report (even
# when a run failed; the target fails at the end if any did).
MATRIX_KERNELS ?= 6.1 6.12 uml
matrix:
	@rc=0; $(MAKE) --no-print-directory check || rc=1; \
	$(MAKE) --no-print-directory vm-check KERNELS="$(MATRIX_KERNELS)" || rc=1; \
	$(MAKE) --no-print-directory report || rc=1; exit $$rc

# One static HTML report of every run under out/results (out/report/index.html).
report:
	$(PYTHON) reports/report.py --results $(OUT)/results --out $(OUT)/report/index.html

# What regressed from OLD to NEW (run labels under out/results, or paths).
regressions:
	$(PYTHON) reports/regressions.py --results $(OUT)/results "$(OLD)" "$(NEW)"

bench:
	sh ci/bench.sh

clean:
	rm -rf $(OUT)
