#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make report: one static, offline HTML compatibility report from every
out/results/*/results.json: the runs with their totals, totals per group,
the matrix of cases x runs, a filter box, a diff of any two runs, a detail
view per case, the per-request "since" table and the man-page-stale list.
No score ranks kernels: the page shows results, not a verdict."""
import argparse
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import line_history as hist  # noqa: E402
import ptcresults as pr  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STATE_WORD = pr.WORD
STATE_HELP = {
    "pass": "the kernel behaves as the claim says",
    "fail": "the kernel does not behave as the claim says",
    "skip": "the machine cannot show the behaviour (not root, another arch, no hardware breakpoints, no 32-bit exec ...): see its reason",
    "unsupported": "the kernel lacks the request or option (probed by behaviour), explained by its version or config (or the config could not be read): see its reason",
    "xfail": "a known kernel bug or documented deviation, with its link",
    "xpass": "an expected failure passed: the expectation is stale and should be revisited",
    "timeout": "the case did not finish by its deadline",
    "error": "the case crashed, checked nothing, or its harness broke",
}
HOW_WORD = {"tcg": "QEMU TCG", "kvm": "QEMU KVM", "uml": "UML"}
KEEP_DETAIL = pr.BAD | {"xfail"}


def h(s):
    return html.escape(str(s), quote=True)


def how_of(run):
    vm = run.get("vm")
    if vm:
        return HOW_WORD.get(vm.get("accel"), run["run"].get("how", "?"))
    return run["run"].get("how", "?")


# ---- the model the page's script reads -------------------------------------------------

def build_model(runs):
    cases = {}        # case id (group.behaviour) -> info
    res = []
    for i, run in enumerate(runs):
        per = {}
        for c in run["cases"]:
            cid = c["case"]
            info = cases.setdefault(cid, {"id": cid, "group": c["group"], "meta": c.get("meta", {}),
                                          "names": []})
            if c["name"] not in info["names"]:
                info["names"].append(c["name"])
            keep = c["result"] in KEEP_DETAIL
            per.setdefault(c["name"], []).append([
                c["result"], c.get("reason", ""), c.get("iteration", 1), c.get("duration_ms", 0),
                c.get("diagnostics", []) if keep else [], c.get("trace", []) if keep else [],
                c.get("output", "") if keep else "", c.get("feature")])
        res.append(per)
    # The newest suite's metadata wins (runs are sorted host first; prefer the
    # metadata of the last run that has the case).
    for run in runs:
        for c in run["cases"]:
            cases[c["case"]]["meta"] = c.get("meta", {})
    for info in cases.values():
        info["names"].sort()
    run_info = []
    for run in runs:
        r, k, vm = run["run"], run["kernel"], run.get("vm")
        label = r["label"]
        run_info.append({
            "label": label, "release": k.get("release", ""), "arch": k.get("arch", ""),
            "uname": k.get("uname", ""), "how": how_of(run), "abi": r.get("tracee_abi", ""),
            "started": r.get("started", ""), "duration_s": r.get("duration_s", 0),
            "complete": r.get("complete", False), "suite": run.get("suite", {}).get("version", ""),
            "dir": "../results/" + os.path.basename(os.path.dirname(run["_path"])),
            "vm": None if not vm else {
                "status": vm.get("status"), "error": vm.get("error"), "boot_s": vm.get("boot_s"),
                "suite_s": vm.get("suite_s"), "spec": vm.get("spec"), "reproduce": vm.get("reproduce"),
                "package": vm.get("kernel", {}).get("package", ""),
                "version": vm.get("kernel", {}).get("version", ""),
                "splats": vm.get("splats", []), "emulator": vm.get("emulator", "")},
        })
    ordered = sorted(cases.values(), key=lambda c: (c["group"] == "vm", c["group"], c["id"]))
    return {"runs": run_info, "cases": ordered, "res": res, "states": pr.STATES,
            "severity": pr.SEVERITY, "bad": sorted(pr.BAD), "word": pr.WORD,
            "changes": pr.change_table()}


def recount(run):
    t = {s: 0 for s in pr.STATES}
    for c in run["cases"]:
        t[c["result"]] += 1
    return t


# ---- the page ---------------------------------------------------------------------------------

def state_span(state, text=None, extra=""):
    return f'<span class="b st st-{h(state)}"{extra}>{h(text or STATE_WORD[state])}</span>'


def platform_cell(run):
    """What the machine lacked (skips say why) and the kernel config the
    refusals were judged by; the probes' findings in the tooltip."""
    plat = run.get("platform")
    if not plat:
        return '<td class="note">not recorded</td>'
    facts = plat.get("facts", {})
    lacks = [name for name, f in facts.items() if f.get("state") == "no"]
    unknown = [name for name, f in facts.items() if f.get("state") == "unknown"]
    title = "\n".join(f'{name}: {f.get("state")} ({f.get("detail", "")})'
                      f'{" [given]" if f.get("given") else ""}' for name, f in facts.items())
    cfg = plat.get("kernel_config", {})
    parts = [f"no {name}" for name in lacks] + [f"{name}?" for name in unknown]
    text = h(", ".join(parts) or "all facts")
    conf = (f'config: {h(cfg["source"])}' if cfg.get("source")
            else f'<span class="vm-status-bad" title="{h(cfg.get("note", ""))}">no kernel config</span>')
    return f'<td class="platform" title="{h(title)}">{text}<br><span class="note">{conf}</span></td>'


def runs_section(runs, model):
    out = ['<section id="runs"><h2>Runs</h2>',
           '<p class="note">One column per run in the matrix below. Counts are case programs run '
           '(each wait variant and repetition counts once).</p>',
           '<table id="runs-table"><thead><tr><th>Run</th><th>Kernel</th><th>Arch</th><th>How</th>'
           '<th>ABI</th><th>Platform</th><th>Started</th><th>Time</th><th>Status</th>']
    out += [f'<th>{state_span(s)}</th>' for s in pr.STATES]
    out.append('<th>Total</th></tr></thead><tbody>')
    for run, info in zip(runs, model["runs"]):
        t = recount(run)
        if t != {s: run["totals"].get(s, 0) for s in pr.STATES}:
            print(f"report: note: {run['_path']}: its totals disagree with its cases; "
                  "the report counts the cases", file=sys.stderr)
        vm = info["vm"]
        if vm:
            time_s = f"boot {vm['boot_s']:.1f}s + suite {vm['suite_s']:.1f}s"
            bad = vm["status"] != "ok" or vm["splats"] or any(t[s] for s in pr.BAD)
            status = (f'<span class="{"vm-status-bad" if bad else ""}" title="{h(vm["error"] or "")}">'
                      f'{h(pr.found(run))}</span>')
            if vm["splats"]:
                kinds = ", ".join(sorted({s["kind"] for s in vm["splats"]}))
                status += f' <a href="#case=vm.kernel-log">{h(kinds)}</a>'
            if vm["status"] != "ok":
                status += f' <a href="#case=vm.boot">why</a>'
        else:
            time_s = f"{info['duration_s']:.1f}s"
            bad = not info["complete"] or any(t[s] for s in pr.BAD)
            status = f'<span class="{"vm-status-bad" if bad else ""}">{h(pr.found(run))}</span>'
        kernel = h(info["release"])
        if vm and vm.get("package"):
            kernel += f'<br><span class="note">{h(vm["package"])} {h(vm["version"])}</span>'
        links = (f' <a class="note" href="{h(info["dir"])}/results.json">json</a>')
        if vm:
            links += f' <a class="note" href="{h(info["dir"])}/kernel.log">kernel log</a>'
        out.append(f'<tr data-run="{h(info["label"])}"><th>{h(info["label"])}{links}</th>'
                   f'<td title="{h(info["uname"])}">{kernel}</td><td>{h(info["arch"])}</td>'
                   f'<td>{h(info["how"])}</td><td>{h(info["abi"])}</td>{platform_cell(run)}'
                   f'<td>{h(info["started"])}</td>'
                   f'<td>{h(time_s)}</td><td>{status}</td>')
        for s in pr.STATES:
            out.append(f'<td class="n{" zero" if not t[s] else ""}" data-run="{h(info["label"])}" '
                       f'data-state="{s}">{t[s]}</td>')
        out.append(f'<td class="n" data-run="{h(info["label"])}" data-state="total">{sum(t.values())}</td></tr>')
    out.append('</tbody></table></section>')
    return "\n".join(out)


def groups_section(runs, model):
    groups = sorted({c["group"] for c in model["cases"]})
    out = ['<section id="groups"><h2>Totals per group</h2>',
           '<table id="groups-table"><thead><tr><th>Group</th>']
    out += [f'<th>{h(r["label"])}</th>' for r in model["runs"]]
    out.append('</tr></thead><tbody>')
    for g in groups:
        out.append(f'<tr data-group="{h(g)}"><th><a href="#q=group:{h(g)}">{h(g)}</a></th>')
        for run, info in zip(runs, model["runs"]):
            t = {s: 0 for s in pr.STATES}
            for c in run["cases"]:
                if c["group"] == g:
                    t[c["result"]] += 1
            cell = "".join(state_span(s, f"{t[s]} {STATE_WORD[s]}",
                                      f' data-run="{h(info["label"])}" data-group="{h(g)}" data-state="{s}"'
                                      f' data-count="{t[s]}"')
                           for s in pr.STATES if t[s])
            out.append(f'<td>{cell or "<span class=note>not run</span>"}</td>')
        out.append('</tr>')
    out.append('</tbody></table></section>')
    return "\n".join(out)


def cell_for(entries, meta):
    """(state, text, title) of one case in one run, over its variants and iterations."""
    if not entries:
        return "none", "", "not run"
    results = [e[0] for e in entries]
    w = pr.worst(results)
    n_w = results.count(w)
    text = STATE_WORD[w]
    if w == "unsupported" and meta.get("since"):
        text = f"unsupported (since {meta['since']})"
    elif w == "xpass":
        text = "XPASS: stale"
    if len(set(results)) > 1:
        text += f" {n_w}/{len(results)}"
    title = "; ".join(f"{e[0]}{(': ' + e[1]) if e[1] else ''}" for e in entries[:6])
    return w, text, title


def matrix_section(runs, model):
    out = ['<section id="matrix"><h2>Matrix: cases &times; runs</h2>',
           '<div class="controls"><label for="filter">Filter</label>'
           '<input id="filter" type="search" placeholder="words, group:signal, is:fail, is:diff, is:stale, -word" '
           'autocomplete="off">'
           '<span id="shown-count" class="note"></span></div>',
           '<p class="note">A cell shows the worst result of the case in that run over its wait variants '
           'and repetitions (n/m: how many had it). Click a case for its details.</p>',
           '<table id="matrix-table"><thead><tr><th>Case</th>']
    out += [f'<th title="{h(r["how"])} {h(r["release"])}">{h(r["label"])}</th>' for r in model["runs"]]
    out.append('</tr></thead><tbody>')
    for c in model["cases"]:
        m = c["meta"]
        cells = []
        states = []
        for i, info in enumerate(model["runs"]):
            entries = [e for n in c["names"] for e in model["res"][i].get(n, [])]
            st, text, title = cell_for(entries, m)
            states.append(st)
            extra = ""
            if st == "xfail" and m.get("links"):
                first = m["links"].split()[0]
                if first.startswith("http"):
                    extra = f' <a href="{h(first)}" title="known issue">&#128279;</a>'
            cells.append(f'<td class="st st-{st}" data-run="{h(info["label"])}" data-state="{st}" '
                         f'title="{h(title)}">{h(text)}{extra}</td>')
        badges = ""
        if m.get("man_stale"):
            badges += f'<span class="badge stale" title="{h(m["man_stale"])}">man page stale</span>'
        if "xpass" in states:
            badges += '<span class="badge stale">stale xfail</span>'
        if m.get("since"):
            badges += f'<span class="badge">since {h(m["since"])}</span>'
        present = [s for s in states if s != "none"]
        text = " ".join([c["id"], " ".join(c["names"]), m.get("claim", ""), m.get("man", ""),
                         m.get("spec", "")]).lower()
        out.append(f'<tr data-case="{h(c["id"])}" data-group="{h(c["group"])}" '
                   f'data-results="{" ".join(sorted(set(present)))}" '
                   f'data-diff="{1 if len(set(present)) > 1 else 0}" '
                   f'data-stale="{1 if (m.get("man_stale") or "xpass" in states) else 0}" '
                   f'data-text="{h(text)}">'
                   f'<th class="case"><a href="#case={h(c["id"])}">{h(c["id"])}</a>{badges}'
                   f'<br><span class="note">{h(m.get("claim", ""))}</span></th>{"".join(cells)}</tr>')
    out.append('</tbody></table></section>')
    return "\n".join(out)


def since_rows(model):
    """[(feature, since, [case ids], [per run: yes/no/partial/unknown])]: from the
    cases that reported a request or option unsupported in some run, and the
    cases whose metadata says which version added their feature."""
    features = {}
    ids = {c["id"]: c for c in model["cases"]}
    case_of = {n: c["id"] for c in model["cases"] for n in c["names"]}
    for i, per in enumerate(model["res"]):
        for name, entries in per.items():
            for e in entries:
                if e[0] == "unsupported" and e[7]:
                    features.setdefault(e[7], set()).add(case_of[name])
    claimed = {cid for s in features.values() for cid in s}
    for c in model["cases"]:
        if c["meta"].get("since") and c["id"] not in claimed:
            features.setdefault(c["meta"].get("man") or c["id"], set()).add(c["id"])
    rows = []
    for feat, cids in features.items():
        cids = sorted(cid for cid in cids if cid in ids)
        since = sorted({ids[cid]["meta"].get("since", "") for cid in cids} - {""})
        cells = []
        for i in range(len(model["runs"])):
            sup = uns = 0
            for cid in cids:
                for n in ids[cid]["names"]:
                    for e in model["res"][i].get(n, []):
                        if e[0] == "unsupported":
                            uns += 1
                        elif e[0] != "skip":
                            sup += 1
            cells.append("unknown" if not (sup or uns) else
                         "yes" if not uns else "no" if not sup else "partial")
        rows.append((feat, ", ".join(since), cids, cells))
    rows.sort(key=lambda r: ([int(x) if x.isdigit() else 0 for x in r[1].split(".")] if r[1] else [99], r[0]))
    return rows


def since_section(model):
    rows = since_rows(model)
    out = ['<section id="since"><h2>Since: which runs support each request and option</h2>',
           '<p class="note">From behaviour, not from version numbers: a request or option is "no" in a '
           'run where its cases reported it unsupported, "yes" where they ran it (whatever the result). '
           'Distribution kernels backport, so the version is information only.</p>']
    if not rows:
        out.append('<p class="note" id="since-empty">No case reported an unsupported request or option, '
                   'and no case declares the version that added its feature.</p></section>')
        return "\n".join(out)
    out.append('<table id="since-table"><thead><tr><th>Request / option</th><th>Added in</th>')
    out += [f'<th>{h(r["label"])}</th>' for r in model["runs"]]
    out.append('</tr></thead><tbody>')
    word = {"yes": "yes", "no": "no", "partial": "partly", "unknown": "?"}
    for feat, since, cids, cells in rows:
        links = " ".join(f'<a href="#case={h(c)}">{h(c)}</a>' for c in cids)
        out.append(f'<tr data-feature="{h(feat)}"><th>{h(feat)}<br><span class="note">{links}</span></th>'
                   f'<td>{h(since or "?")}</td>' +
                   "".join(f'<td class="since-{c}" data-run="{h(r["label"])}" data-support="{c}">'
                           f'{word[c]}</td>' for c, r in zip(cells, model["runs"])) + '</tr>')
    out.append('</tbody></table></section>')
    return "\n".join(out)


def stale_section(model):
    stale = [c for c in model["cases"] if c["meta"].get("man_stale")]
    out = ['<section id="stale"><h2>Man page stale</h2>',
           '<p class="note">Cases that test what the kernel does where ptrace(2) says otherwise.</p>']
    if not stale:
        out.append('<p class="note">None.</p>')
    else:
        out.append('<ul id="stale-list">')
        for c in stale:
            out.append(f'<li><a href="#case={h(c["id"])}">{h(c["id"])}</a> '
                       f'(ptrace(2) &ldquo;{h(c["meta"].get("man", ""))}&rdquo;): {h(c["meta"]["man_stale"])}</li>')
        out.append('</ul>')
    out.append('</section>')
    return "\n".join(out)


def history_section(runs, model):
    """Per Debian line and flavour with history runs (make history): each case
    whose result changed across its point releases, in version order, with
    the release where it first changed, then what each release changed."""
    lines = {}
    for r in runs:
        found = hist.line_of(r["run"]["label"])
        if found:
            lines.setdefault(found[:2], {})[found[2]] = r
    if not lines:
        return ""
    case_id = {n: c["id"] for c in model["cases"] for n in c["names"]}
    out = ['<section id="history"><h2>History across point releases</h2>',
           '<p class="note">From <code>make history</code>: the runs of each Debian kernel line in version '
           'order. A case is listed where its result changed; its name opens its detail, with every '
           'run\'s diagnostics.</p>']
    for (line, flavour), have in sorted(lines.items()):
        order = hist.packages(line, flavour, list(have))
        try:
            table, first_change, per_release = hist.history([(p, have[p]) for p in order])
        except hist.HistoryError as e:
            out.append(f'<p class="note">{h(line)} {h(flavour)}: {h(str(e))}</p>')
            continue
        out.append(f'<h3>{h(line)} ({h(flavour)}): {len(order)} releases</h3>')
        changed = [n for n in table if n in first_change]
        if not changed:
            out.append('<p class="note">No case changed its result.</p>')
        else:
            out.append('<table class="history-table"><thead><tr><th>Case</th><th>First changed in</th>'
                       + "".join(f'<th>{h(p)}</th>' for p in order) + '</tr></thead><tbody>')
            for n in changed:
                link = f'<a href="#case={h(case_id.get(n, n))}">{h(n)}</a>'
                cells = "".join(f'<td>{state_span(s) if s else "-"}</td>' for s in table[n])
                out.append(f'<tr data-case="{h(n)}"><th>{link}</th><td>{h(first_change[n])}</td>{cells}</tr>')
            out.append('</tbody></table>')
        out.append('<ul class="history-releases">')
        for p in order[1:]:
            items = [f'{h(kind)}: {h(item)}' for kind, items in per_release[p].items() for item in items]
            out.append(f'<li>{h(p)}: ' + ("; ".join(items) if items else "no change") + '</li>')
        out.append('</ul>')
    out.append('</section>')
    return "\n".join(out)


def diff_section(model):
    opts = "".join(f'<option value="{i}">{h(r["label"])}</option>' for i, r in enumerate(model["runs"]))
    return ('<section id="diff"><h2>Diff of two runs</h2>'
            '<div class="controls"><label>from <select id="diff-old">' + opts + '</select></label>'
            '<label>to <select id="diff-new">' + opts + '</select></label>'
            '<span id="diff-summary" class="note"></span></div>'
            '<p class="note">Regressions first (a result became fail, xpass, timeout or error, or a '
            'request that passed became unsupported), then fixes, then other changes.</p>'
            '<div id="diff-out"><noscript>The diff needs JavaScript; '
            '<code>make regressions OLD=... NEW=...</code> gives it as text.</noscript></div></section>')


def legend_section():
    rows = "".join(f'<tr><td>{state_span(s)}</td><td>{h(STATE_HELP[s])}</td></tr>' for s in pr.STATES)
    return ('<section id="legend"><h2>Legend</h2><table>' + rows + '</table>'
            '<p class="note">Filter syntax: words match the case name, claim, man-page section and '
            'checklist ids; <code>group:NAME</code>; <code>is:STATE</code> (a run has that result); '
            '<code>is:diff</code> (runs disagree); <code>is:stale</code> (man page stale or stale xfail); '
            'a leading <code>-</code> negates.</p></section>')


def render(runs, title):
    model = build_model(runs)
    with open(os.path.join(HERE, "template.html")) as f:
        page = f.read()
    with open(os.path.join(HERE, "report.css")) as f:
        css = f.read()
    with open(os.path.join(HERE, "report.js")) as f:
        js = f.read()
    body = "\n".join([
        '<section id="detail-wrap"><div id="detail" hidden></div></section>',
        runs_section(runs, model), groups_section(runs, model), matrix_section(runs, model),
        diff_section(model), history_section(runs, model), since_section(model), stale_section(model), legend_section()])
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    ncase = len([c for c in model["cases"] if c["group"] != "vm"])
    sub = (f"{len(runs)} run{'s' if len(runs) != 1 else ''}, {ncase} cases; generated {now}. "
           "Each run is one kernel, arch, tracee ABI and way of running; no score ranks them.")
    data = json.dumps(model, separators=(",", ":")).replace("</", "<\\/")
    slots = {"CSS": css, "JS": js, "BODY": body, "SUBTITLE": h(sub), "TITLE": h(title), "DATA": data}
    # One pass, so that text inside a slot's value is never taken for a slot.
    return re.sub(r"@@([A-Z]+)@@", lambda m: slots.get(m.group(1), m.group(0)), page)


def main(argv=None):
    p = argparse.ArgumentParser(prog="report", description=__doc__)
    top = os.path.dirname(HERE)
    p.add_argument("--results", default=os.path.join(top, "out", "results"))
    p.add_argument("--out", default=os.path.join(top, "out", "report", "index.html"))
    p.add_argument("--title", default="ptrace-conformance: compatibility report")
    a = p.parse_args(argv)
    try:
        runs = pr.load_all(a.results)
    except pr.ResultsError as e:
        print(f"report: {e}", file=sys.stderr)
        return 1
    page = render(runs, a.title)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(tmp, a.out)
    print(f"report: {len(runs)} runs -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
