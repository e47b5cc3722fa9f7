#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make vm-check: the suite in VMs on other kernels (see README.md).

  ci/vm-check.py [options] SPEC...            boot each kernel, run the suite
  ci/vm-check.py parse CHANNEL_LOG DEST        results.json again from a saved channel.log
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reports"))

from vmcheck.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
