#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make kcidb RUN=<run>: one run's results as a KCIDB report (schema v4.3,
the JSON that KernelCI's common results database accepts): one checkout
(the kernel release), one build (the kernel image and its arch) and one
test per case run, with path ptrace.<group>.<behaviour>[.<variant>].

Our states map onto KCIDB's by what they say about the kernel:
pass -> PASS; fail -> FAIL; xfail -> FAIL, waived (a known kernel bug);
xpass -> PASS (the expectation is stale, the kernel behaves);
skip, unsupported -> SKIP (not applicable here); timeout, error -> ERROR
(the case did not complete); error in a run whose guest died -> MISS (the
case never got to run to its end: the harness lost it)."""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ptcresults as pr  # noqa: E402

SCHEMA_MAJOR, SCHEMA_MINOR = 4, 3
DEFAULT_ORIGIN = "ptrace_conformance"
LOG_EXCERPT_MAX = 16384          # the schema's maxLength for log_excerpt

STATUS = {"pass": "PASS", "fail": "FAIL", "xfail": "FAIL", "xpass": "PASS", "skip": "SKIP",
          "unsupported": "SKIP", "timeout": "ERROR", "error": "ERROR"}


def _safe(text):
    """A path component KCIDB accepts: [A-Za-z0-9_-], anything else as _."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def _excerpt(case):
    """What a reader needs to judge the result: reason, diagnostics, trace,
    else the program's output; head and tail when longer than allowed."""
    parts = [case.get("reason", "")] + case.get("diagnostics", []) + case.get("trace", [])
    text = "\n".join(p for p in parts if p) or case.get("output", "")
    if len(text) <= LOG_EXCERPT_MAX:
        return text
    cut = "\n[...]\n"
    half = (LOG_EXCERPT_MAX - len(cut)) // 2
    return text[:half] + cut + text[-half:]


def _status(case, guest_died):
    if case["result"] == "error" and guest_died and case["group"] != "vm":
        return "MISS"
    return STATUS[case["result"]]


def convert(run, origin=DEFAULT_ORIGIN):
    """The KCIDB report (a dict) for one loaded results.json."""
    if not re.fullmatch(r"[a-z0-9_]+", origin):
        raise pr.ResultsError(f"origin {origin!r}: KCIDB origins are [a-z0-9_]+")
    kernel, meta, vm = run["kernel"], run["run"], run.get("vm") or {}
    vm_kernel = vm.get("kernel", {})
    arch = vm.get("arch") or kernel.get("arch", "")
    release = kernel["release"]
    checkout_id = f"{origin}:{release}"
    build_id = f"{origin}:{release}:{arch}"
    run_id = f"{origin}:{meta['label']}:{meta['started']}"
    guest_died = bool(vm) and vm.get("status") != "ok"

    checkout = {"id": checkout_id, "origin": origin, "valid": True,
                "comment": f"Linux {release}" + (f" (Debian {vm_kernel['version']})"
                                                 if vm_kernel.get("version") else "")}
    build = {"id": build_id, "origin": origin, "checkout_id": checkout_id, "valid": True,
             "architecture": _safe(arch).lower(),
             "comment": vm_kernel.get("package") or kernel.get("uname", release),
             "misc": {k: vm_kernel[k] for k in ("source", "package", "version") if k in vm_kernel}}
    how = meta["how"]
    env_comment = how if how == "host" else f"{how} {vm.get('accel', '')} {arch}".strip()
    environment = {"comment": f"{env_comment}, tracee ABI {meta['tracee_abi']}",
                   "misc": {"label": meta["label"], "how": how, "tracee_abi": meta["tracee_abi"],
                            "suite_version": run["suite"]["version"], "run_complete": meta["complete"],
                            **({"platform": run["platform"]} if run.get("platform") else {}),
                            **({"vm_status": vm["status"]} if vm else {})}}
    tests = []
    for c in run["cases"]:
        path = ".".join(["ptrace", _safe(c["group"]), _safe(c["behaviour"])]
                        + ([_safe(c["variant"])] if c.get("variant") else []))
        test = {"id": f"{run_id}:{c['name']}:{c['iteration']}", "origin": origin, "build_id": build_id,
                "path": path, "status": _status(c, guest_died), "environment": environment,
                "start_time": meta["started"], "duration": c["duration_ms"] / 1000.0,
                "misc": {"result": c["result"], "iteration": c["iteration"]}}
        if c["result"] == "xfail":
            test["waived"] = True
        excerpt = _excerpt(c)
        if excerpt:
            test["log_excerpt"] = excerpt
        if c["meta"].get("claim"):
            test["comment"] = c["meta"]["claim"]
        tests.append(test)
    return {"version": {"major": SCHEMA_MAJOR, "minor": SCHEMA_MINOR},
            "checkouts": [checkout], "builds": [build], "tests": tests}


def main(argv=None):
    p = argparse.ArgumentParser(prog="kcidb", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--results", default="out/results", help="where runs live (labels are resolved here)")
    p.add_argument("--out-dir", default="out/kcidb", help="the report goes to <out-dir>/<label>.json")
    p.add_argument("--origin", default=DEFAULT_ORIGIN, help="the CI system's KCIDB origin name")
    p.add_argument("run", nargs="?", default="", help="a run label under --results, a directory or a file")
    a = p.parse_args(argv)
    try:
        run = pr.resolve(a.run, a.results)
        report = convert(run, a.origin)
    except pr.ResultsError as e:
        print(f"kcidb: {e}", file=sys.stderr)
        return 2
    os.makedirs(a.out_dir, exist_ok=True)
    out = os.path.join(a.out_dir, os.path.basename(run["run"]["label"]) + ".json")
    with open(out + ".tmp", "w") as f:
        json.dump(report, f, indent=1)
    os.replace(out + ".tmp", out)
    print(f"{out}: {len(report['tests'])} tests, KCIDB schema v{SCHEMA_MAJOR}.{SCHEMA_MINOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
