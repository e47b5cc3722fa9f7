# SPDX-License-Identifier: GPL-2.0
"""Shared fixtures for the self-tests: paths of the built runner, cases and
fixture cases (make selftest builds them first), and a helper running the
runner into a temporary results directory."""
import json
import os
import subprocess
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("OUT", TOP / "out"))
RUNNER = OUT / "bin" / "ptc-run"
BUILD = OUT / "build" / "native"
CASES = BUILD / "cases"
FIXTURES = BUILD / "fixtures"
SCHEMA = TOP / "reports" / "results.schema.json"
JUNIT = TOP / "reports" / "junit.py"


def make_junit(results_dir):
    """JUnit XML from a results directory, as make check makes it."""
    import subprocess
    import sys
    subprocess.run([sys.executable, str(JUNIT), str(results_dir)], check=True, timeout=60)
    return Path(results_dir) / "junit.xml"


class Run:
    def __init__(self, proc, results):
        self.proc = proc
        self.results = results

    @property
    def json(self):
        return json.loads((self.results / "results.json").read_text())

    def by_name(self):
        return {c["name"]: c for c in self.json["cases"]}


@pytest.fixture
def run_runner(tmp_path):
    """Run ptc-run with the given arguments; results go to a temp dir."""
    if not RUNNER.exists():
        pytest.fail(f"{RUNNER} is missing: run make selftest")

    def run(*args, cases=FIXTURES, env=None, timeout=120):
        results = tmp_path / "results"
        cmd = [str(RUNNER), "--cases", str(cases), "--results", str(results), *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, **(env or {})})
        return Run(proc, results)

    return run
