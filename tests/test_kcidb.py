# SPDX-License-Identifier: GPL-2.0
"""make kcidb: a run's results as a KCIDB report, checked against the facts
of KCIDB I/O schema v4.3 (kernelci/kcidb-io, kcidb_io/schema/v04_03.py) the
converter relies on, written down here; and the check itself must reject a
malformed report."""
import copy
import json
import subprocess

import pytest

from vmreport_helpers import PYTHON, TOP, synthetic_runs, write_runs
import ptcresults as pr

KCIDB = TOP / "reports" / "kcidb.py"

# KCIDB I/O schema v4.3: the parts we produce. Origins are [a-z0-9_]+; every
# id and *_id is "<origin>:<anything>"; "version" is the only required
# top-level property, with major 4 exactly and minor at most 3; no
# property may be null, unknown properties are refused; a test path is
# dot-separated [.a-zA-Z0-9_-]*; log_excerpt is at most 16384 characters.
ORIGIN = "^[a-z0-9_]+$"
ORIGIN_ID = "^[a-z0-9_]+:.*$"
KCIDB_V4_3 = {
    "type": "object", "required": ["version"], "additionalProperties": False,
    "properties": {
        "version": {"type": "object", "required": ["major"], "additionalProperties": False,
                    "properties": {"major": {"type": "integer", "const": 4},
                                   "minor": {"type": "integer", "minimum": 0, "maximum": 3}}},
        "checkouts": {"type": "array", "items": {"$ref": "#/$defs/checkout"}},
        "builds": {"type": "array", "items": {"$ref": "#/$defs/build"}},
        "tests": {"type": "array", "items": {"$ref": "#/$defs/test"}},
    },
    "$defs": {
        "checkout": {"type": "object", "required": ["id", "origin"], "additionalProperties": False,
                     "properties": {"id": {"type": "string", "pattern": ORIGIN_ID},
                                    "origin": {"type": "string", "pattern": ORIGIN},
                                    "comment": {"type": "string"}, "valid": {"type": "boolean"},
                                    "tree_name": {"type": "string"}, "misc": {"type": "object"}}},
        "build": {"type": "object", "required": ["checkout_id", "id", "origin"], "additionalProperties": False,
                  "properties": {"id": {"type": "string", "pattern": ORIGIN_ID},
                                 "checkout_id": {"type": "string", "pattern": ORIGIN_ID},
                                 "origin": {"type": "string", "pattern": ORIGIN},
                                 "architecture": {"type": "string", "pattern": "^[a-z0-9_]*$"},
                                 "comment": {"type": "string"}, "valid": {"type": "boolean"},
                                 "misc": {"type": "object"}}},
        "test": {"type": "object", "required": ["build_id", "id", "origin"], "additionalProperties": False,
                 "properties": {"id": {"type": "string", "pattern": ORIGIN_ID},
                                "build_id": {"type": "string", "pattern": ORIGIN_ID},
                                "origin": {"type": "string", "pattern": ORIGIN},
                                "path": {"type": "string", "pattern": "^[.a-zA-Z0-9_-]*$"},
                                "status": {"enum": ["FAIL", "ERROR", "MISS", "PASS", "DONE", "SKIP"]},
                                "waived": {"type": "boolean"},
                                "environment": {"type": "object", "additionalProperties": False,
                                                "properties": {"comment": {"type": "string"},
                                                               "misc": {"type": "object"}}},
                                "comment": {"type": "string"},
                                "log_excerpt": {"type": "string", "maxLength": 16384},
                                "start_time": {"type": "string"}, "duration": {"type": "number"},
                                "misc": {"type": "object"}}},
    },
}


def no_nulls(value, where="report"):
    """KCIDB: no property can be null."""
    assert value is not None, f"{where} is null"
    for k, v in (value.items() if isinstance(value, dict) else enumerate(value)
                 if isinstance(value, list) else ()):
        if not (isinstance(value, dict) and k == "misc"):
            no_nulls(v, f"{where}.{k}")


def check(report):
    """Raises ValueError when report is not a KCIDB v4.3 report, and when its
    links do not resolve (each build's checkout, each test's build)."""
    pr.validate(report, KCIDB_V4_3)
    no_nulls(report)
    checkouts = {c["id"] for c in report.get("checkouts", [])}
    builds = {b["id"] for b in report.get("builds", [])}
    for b in report.get("builds", []):
        if b["checkout_id"] not in checkouts:
            raise ValueError(f"build {b['id']}: unknown checkout {b['checkout_id']}")
    ids = [t["id"] for t in report.get("tests", [])]
    if len(ids) != len(set(ids)):
        raise ValueError("two tests share an id")
    for t in report.get("tests", []):
        if t["build_id"] not in builds:
            raise ValueError(f"test {t['id']}: unknown build {t['build_id']}")


@pytest.fixture
def reports(tmp_path):
    results = write_runs(tmp_path / "results", synthetic_runs())
    out = {}
    for label in ("host", "qemu-old", "qemu-new"):
        p = subprocess.run([PYTHON, str(KCIDB), "--results", str(results), "--out-dir", str(tmp_path / "k"),
                            label], capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
        out[label] = json.loads((tmp_path / "k" / f"{label}.json").read_text())
    return out


def test_reports_follow_the_schema(reports):
    for label, report in reports.items():
        check(report)
        assert report["version"] == {"major": 4, "minor": 3}
        assert len(report["tests"]) == len(synthetic_runs()[label]["cases"])


def test_paths_and_statuses(reports):
    by_path = {t["path"]: t for t in reports["qemu-new"]["tests"]}
    assert by_path["ptrace.attach.stops.waitid"]["status"] == "FAIL"
    assert "attach.c:12: expected SIGSTOP" in by_path["ptrace.attach.stops.waitid"]["log_excerpt"]
    assert by_path["ptrace.attach.stops.waitpid"]["status"] == "PASS"
    assert by_path["ptrace.kill.oldbug"]["status"] == "FAIL" and by_path["ptrace.kill.oldbug"]["waived"]
    assert by_path["ptrace.perm.root"]["status"] == "ERROR"
    old = {t["path"]: t["status"] for t in reports["qemu-old"]["tests"]}
    assert old["ptrace.syscall.info"] == "SKIP" and old["ptrace.perm.root"] == "ERROR"
    host = {t["path"]: t["status"] for t in reports["host"]["tests"]}
    assert host["ptrace.kill.oldbug"] == "PASS" and host["ptrace.perm.root"] == "SKIP"


def test_dead_guest_makes_error_cases_missing(tmp_path):
    runs = synthetic_runs()
    runs["qemu-new"]["vm"]["status"] = "panic"
    results = write_runs(tmp_path / "results", {"qemu-new": runs["qemu-new"]})
    p = subprocess.run([PYTHON, str(KCIDB), "--results", str(results), "--out-dir", str(tmp_path / "k"),
                        "qemu-new"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    tests = {t["path"]: t["status"] for t in json.loads((tmp_path / "k" / "qemu-new.json").read_text())["tests"]}
    assert tests["ptrace.perm.root"] == "MISS"


MUTANTS = {
    "no version": lambda r: r.pop("version"),
    "major 5": lambda r: r["version"].update(major=5),
    "minor 4": lambda r: r["version"].update(minor=4),
    "id without origin": lambda r: r["tests"][0].update(id="no-origin-here"),
    "upper-case origin": lambda r: r["builds"][0].update(origin="Ptrace"),
    "status pass": lambda r: r["tests"][0].update(status="pass"),
    "path with a slash": lambda r: r["tests"][0].update(path="ptrace/attach"),
    "test without build_id": lambda r: r["tests"][0].pop("build_id"),
    "unknown property": lambda r: r["checkouts"][0].update(kernel="6.1"),
    "null property": lambda r: r["tests"][0].update(comment=None),
    "long excerpt": lambda r: r["tests"][0].update(log_excerpt="x" * 16385),
    "dangling build": lambda r: r["tests"][0].update(build_id="ptrace_conformance:nothing"),
    "two tests one id": lambda r: r["tests"][1].update(id=r["tests"][0]["id"]),
}


@pytest.mark.parametrize("what", sorted(MUTANTS))
def test_malformed_report_is_refused(reports, what):
    bad = copy.deepcopy(reports["qemu-new"])
    MUTANTS[what](bad)
    with pytest.raises((ValueError, AssertionError)):
        check(bad)


def test_long_output_is_cut_to_the_limit(tmp_path):
    runs = synthetic_runs()
    runs["host"]["cases"][0].update(result="fail", diagnostics=["d" * 40000])
    results = write_runs(tmp_path / "results", {"host": runs["host"]})
    p = subprocess.run([PYTHON, str(KCIDB), "--results", str(results), "--out-dir", str(tmp_path / "k"), "host"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    check(json.loads((tmp_path / "k" / "host.json").read_text()))


@pytest.mark.parametrize("args,message", [
    ([], "give a run"),
    (["nosuchrun"], "no run 'nosuchrun'"),
    (["--origin", "Bad-Origin", "host"], "KCIDB origins are"),
])
def test_bad_input(tmp_path, args, message):
    results = write_runs(tmp_path / "results", {"host": synthetic_runs()["host"]})
    p = subprocess.run([PYTHON, str(KCIDB), "--results", str(results), "--out-dir", str(tmp_path / "k")] + args,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and message in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "k").exists() or not any((tmp_path / "k").iterdir())
