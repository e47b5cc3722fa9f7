# SPDX-License-Identifier: GPL-2.0
"""Reading results.json files for the report and the regression report:
loading with clear errors (the file is named, nothing is guessed), checking
each file against reports/results.schema.json, and comparing runs."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_PATH = os.path.join(HERE, "results.schema.json")
RENAMES_PATH = os.path.join(os.path.dirname(HERE), "cases", "renames")

STATES = ["pass", "fail", "skip", "unsupported", "xfail", "xpass", "timeout", "error"]
BAD = {"fail", "xpass", "timeout", "error"}
# The worst result first: a case run several times (variants aside) shows its worst.
SEVERITY = ["error", "timeout", "fail", "xpass", "unsupported", "skip", "xfail", "pass"]
# How the report writes each state: the unexpected ones shout.
WORD = {"pass": "pass", "fail": "FAIL", "skip": "skip", "unsupported": "unsupported",
        "xfail": "xfail", "xpass": "XPASS", "timeout": "TIMEOUT", "error": "ERROR"}


class ResultsError(Exception):
    """A results file that cannot be used; the message names the file."""


# ---- a JSON Schema subset (draft-07: what results.schema.json uses) ----------------------

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _where(path):
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".") or "the top level"


def validate(value, schema, root=None, path=()):
    """Raise ValueError("<json path>: <what is wrong>") at the first violation."""
    root = root or schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"unsupported $ref {ref}")
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        validate(value, target, root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            raise ValueError(f"{_where(path)}: expected {' or '.join(types)}, got {json.dumps(value)[:60]}")
    if "const" in schema and value != schema["const"]:
        raise ValueError(f"{_where(path)}: expected {json.dumps(schema['const'])}, got {json.dumps(value)[:60]}")
    if "enum" in schema and value not in schema["enum"]:
        raise ValueError(f"{_where(path)}: {json.dumps(value)[:60]} is not one of "
                         f"{', '.join(str(e) for e in schema['enum'])}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        raise ValueError(f"{_where(path)}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, str) and len(value) > schema.get("maxLength", len(value)):
        raise ValueError(f"{_where(path)}: longer than {schema['maxLength']} characters")
    if _TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            raise ValueError(f"{_where(path)}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise ValueError(f"{_where(path)}: {value} is above {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            raise ValueError(f"{_where(path)}: {value} must be above {schema['exclusiveMinimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise ValueError(f"{_where(path)}: missing \"{key}\"")
        props = schema.get("properties", {})
        for key, v in value.items():
            if key in props:
                validate(v, props[key], root, path + (key,))
            elif isinstance(schema.get("additionalProperties"), dict):
                validate(v, schema["additionalProperties"], root, path + (key,))
            elif schema.get("additionalProperties") is False:
                raise ValueError(f"{_where(path)}: unexpected \"{key}\"")
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            validate(v, schema["items"], root, path + (i,))


_schema = None


def schema():
    global _schema
    if _schema is None:
        with open(SCHEMA_PATH) as f:
            _schema = json.load(f)
    return _schema


# ---- loading -----------------------------------------------------------------------------

def load(path):
    """One results.json (or a directory holding one), checked. ResultsError
    names the file and what is wrong with it."""
    if os.path.isdir(path):
        path = os.path.join(path, "results.json")
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        raise ResultsError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ResultsError(f"{path}: cannot be read: {e}") from None
    if not text.strip():
        raise ResultsError(f"{path}: the file is empty (the run wrote nothing)")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        hint = " (truncated: the run may have been cut off)" if e.pos >= len(text.rstrip()) - 1 else ""
        raise ResultsError(f"{path}: not valid JSON at line {e.lineno} column {e.colno}: {e.msg}{hint}") from None
    try:
        validate(data, schema())
    except ValueError as e:
        raise ResultsError(f"{path}: does not follow reports/results.schema.json: {e}") from None
    data["_path"] = path
    apply_renames(data, renames())
    return data


_renames = None


def read_renames(path):
    """cases/renames: "old.case new.case" a line (# comments): a case that
    was renamed or merged into another. ResultsError on a bad line."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            if len(words) != 2 or any(w.count(".") != 1 for w in words):
                raise ResultsError(f"{path}:{n}: expected 'old-group.behaviour new-group.behaviour'")
            out[words[0]] = words[1]
    return out


def renames():
    global _renames
    if _renames is None:
        _renames = read_renames(RENAMES_PATH) if os.path.exists(RENAMES_PATH) else {}
    return _renames


def final_name(case_id, table):
    """Today's name of a case: a rename, then a merge, are followed (a
    cycle stops where it closes); None when the case was never renamed."""
    new, seen = table.get(case_id), set()
    while new in table and new not in seen:
        seen.add(new)
        new = table[new]
    return new


def apply_renames(run, table):
    """Give the cases of an older run their current names (variant suffix
    kept), so that a renamed case pairs with its old self instead of
    reading as one case gone and another new; renamed_from keeps the old."""
    for c in run["cases"]:
        new = final_name(c["case"], table)
        if not new:
            continue
        c["renamed_from"] = c["name"]
        c["name"] = new + c["name"][len(c["case"]):]
        c["case"] = new
        c["group"], c["behaviour"] = new.split(".")


def run_dirs(results_dir):
    """Every out/results/<label>/ that holds a results.json."""
    try:
        names = sorted(os.listdir(results_dir))
    except FileNotFoundError:
        return []
    return [os.path.join(results_dir, n) for n in names
            if os.path.isfile(os.path.join(results_dir, n, "results.json"))]


def run_order(run):
    """Host runs first, then QEMU, then UML; x86_64 before other arches; by
    kernel version; native tracees before 32-bit ones."""
    r = run["run"]
    how = {"host": 0, "qemu": 1, "uml": 2}.get(r.get("how"), 3)
    rel = run["kernel"].get("release", "")
    nums = [int(n) for n in re.findall(r"\d+", rel)[:3]]
    arch = (run.get("vm") or {}).get("arch") or run["kernel"].get("arch", "")
    return (how, arch != "x86_64", arch, nums, r.get("tracee_abi", "") != "native", r.get("label", ""))


def load_all(results_dir):
    dirs = run_dirs(results_dir)
    if not dirs:
        raise ResultsError(f"{results_dir}: no runs (no */results.json): run make check or make vm-check first")
    runs = [load(d) for d in dirs]
    labels = {}
    for r in runs:
        lab = r["run"]["label"]
        if lab in labels:
            raise ResultsError(f"{r['_path']}: label '{lab}' is also used by {labels[lab]}")
        labels[lab] = r["_path"]
    return sorted(runs, key=run_order)


def resolve(arg, results_dir):
    """A run given as a label under results_dir, a directory or a file."""
    if not arg:
        raise ResultsError("give a run: a label under out/results (host, qemu-6.1-x86_64 ...) or a path")
    if os.path.exists(arg):
        return load(arg)
    cand = os.path.join(results_dir, arg)
    if os.path.isdir(cand):
        return load(cand)
    known = ", ".join(os.path.basename(d) for d in run_dirs(results_dir)) or "none"
    raise ResultsError(f"no run '{arg}': not a path, and not a label under {results_dir} (labels: {known})")


# ---- per case -----------------------------------------------------------------------------

def worst(results):
    return min(results, key=lambda r: SEVERITY.index(r) if r in SEVERITY else 0)


def found(run):
    """What a run found, first: "FAIL: 2 fail, 24 timeout" or "PASS", then
    for a VM run the guest's health ("vm ok", "vm panic", "vm ok, kernel
    log: WARN")."""
    counts = {}
    for c in run["cases"]:
        counts[c["result"]] = counts.get(c["result"], 0) + 1
    bad = [f"{counts[s]} {s}" for s in STATES if s in BAD and counts.get(s)]
    text = "FAIL: " + ", ".join(bad) if bad else "PASS"
    vm = run.get("vm")
    if vm:
        text += f"; vm {vm['status']}"
        if vm.get("splats"):
            text += ", kernel log: " + ", ".join(sorted({s["kind"] for s in vm["splats"]}))
    if not run["run"].get("complete", True):
        text += "; incomplete"
    return text


def by_name(run):
    """name -> list of its case objects (one per iteration)."""
    out = {}
    for c in run["cases"]:
        out.setdefault(c["name"], []).append(c)
    return out


def summary(entries):
    """The result a name shows in one run: its worst over iterations, and
    whether the iterations disagreed."""
    results = [c["result"] for c in entries]
    return worst(results), len(set(results)) > 1


def change_kind(old, new):
    """How a name's result moved from old to new (None: absent):
    regression, fix, or change; None when equal."""
    if old == new:
        return None
    if old is None or new is None:
        return "change"
    if new in BAD and old not in BAD:
        return "regression"
    if old == "pass" and new == "unsupported":
        return "regression"     # the kernel lost a request or option
    if old in BAD and new not in BAD:
        return "fix"
    return "change"


def change_table():
    """change_kind for every pair of states, keyed "old>new" ("" for absent),
    so the report's page applies the same rule without restating it."""
    names = [None] + STATES
    return {f"{a or ''}>{b or ''}": change_kind(a, b)
            for a in names for b in names if change_kind(a, b)}


def diff(old_run, new_run):
    """[(kind, name, old result, new result, old entries, new entries)]:
    regressions first, then fixes, then other changes, each by name."""
    a, b = by_name(old_run), by_name(new_run)
    rows = []
    for name in sorted(set(a) | set(b)):
        ra = summary(a[name])[0] if name in a else None
        rb = summary(b[name])[0] if name in b else None
        if name.startswith("vm.") and (ra is None or rb is None):
            continue            # a host run has no VM of its own to compare
        kind = change_kind(ra, rb)
        if kind:
            rows.append((kind, name, ra, rb, a.get(name, []), b.get(name, [])))
    order = {"regression": 0, "fix": 1, "change": 2}
    rows.sort(key=lambda r: (order[r[0]], r[1]))
    return rows


def describe_run(run):
    """One line: label, kernel, arch, how it ran."""
    r, k = run["run"], run["kernel"]
    how = r.get("how", "?")
    vm = run.get("vm")
    if vm:
        how = {"tcg": "QEMU (TCG)", "kvm": "QEMU (KVM)", "uml": "user-mode Linux"}.get(vm.get("accel"), how)
    elif how == "host":
        how = "on the host"
    return (f"{r['label']}: Linux {k.get('release', '?')} {k.get('arch', '?')}, {how}, "
            f"tracee ABI {r.get('tracee_abi', '?')}")
