#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""JUnit XML for CI systems, from a results.json: the one writer, for host
runs (make check, after the runner) and VM runs (ci/vmcheck) alike.

    junit.py RESULTS_DIR...   writes RESULTS_DIR/junit.xml from RESULTS_DIR/results.json
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape as _escape, quoteattr as _quoteattr

# Characters XML 1.0 cannot carry at all.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# How each unexpected or not-run state is filed: fail and xpass as
# failures, timeout and error as errors, skip and unsupported as skipped.
_TAG = {"fail": "failure", "xpass": "failure", "timeout": "error", "error": "error",
        "skip": "skipped", "unsupported": "skipped"}


def escape(s):
    return _escape(_XML_BAD.sub("?", s))


def quoteattr(s):
    return _quoteattr(_XML_BAD.sub("?", s))


def write_junit(results, path):
    cases = results["cases"]
    counts = {"failure": 0, "error": 0, "skipped": 0}
    body = []
    for c in cases:
        cls, _, name = c["name"].partition(".")
        t = c.get("duration_ms", 0) / 1000
        r = c["result"]
        tag = _TAG.get(r)
        inner = ""
        if tag:
            counts[tag] += 1
        if tag == "skipped":
            inner = f"<skipped message={quoteattr(c.get('reason', ''))}/>"
        elif tag:
            text = "\n".join(c.get("diagnostics", []) + c.get("trace", []))
            inner = (f"\n      <{tag} message={quoteattr(r + ': ' + c.get('reason', ''))}>"
                     f"{escape(text)}</{tag}>\n    ")
        body.append(f"    <testcase classname={quoteattr(cls)} name={quoteattr(name)} "
                    f"time=\"{t:.3f}\">{inner}</testcase>")
    label = results["run"]["label"]
    with open(path + ".tmp", "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')
        f.write(f"  <testsuite name={quoteattr('ptrace-conformance.' + label)} tests=\"{len(cases)}\" "
                f"failures=\"{counts['failure']}\" errors=\"{counts['error']}\" "
                f"skipped=\"{counts['skipped']}\" time=\"{results['run'].get('duration_s', 0):.3f}\">\n")
        f.write("\n".join(body) + ("\n" if body else ""))
        f.write("  </testsuite>\n</testsuites>\n")
    os.replace(path + ".tmp", path)


def main(argv):
    if not argv or any(a.startswith("-") for a in argv):
        sys.stderr.write("usage: junit.py RESULTS_DIR...  (writes junit.xml beside results.json)\n")
        return 2
    for d in argv:
        src = os.path.join(d, "results.json")
        try:
            with open(src) as f:
                results = json.load(f)
            write_junit(results, os.path.join(d, "junit.xml"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            sys.stderr.write(f"junit.py: cannot make JUnit from {src}: {e}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
