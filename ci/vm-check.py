#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make vm-check: the suite in VMs on other kernels (see README.md)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from vmcheck.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
