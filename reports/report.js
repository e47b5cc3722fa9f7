// SPDX-License-Identifier: GPL-2.0
// The report's script (inlined by reports/report.py): the filter box, the
// diff of two runs, the detail view of a case, and the page state in the
// URL's fragment (#q=...&old=...&new=...&case=...), so a view can be linked.
// The diff rules are those of reports/ptcresults.py (change_kind).
(function () {
  "use strict";
  var errors = [];
  function showError(msg) {
    errors.push(msg);
    var box = document.getElementById("script-errors");
    if (box) {
      box.hidden = false;
      box.textContent = "The report's script failed; the tables above are still right, the " +
        "controls may not work:\n" + errors.join("\n");
    }
    document.body.setAttribute("data-script-errors", String(errors.length));
  }
  window.addEventListener("error", function (e) {
    showError((e.message || "error") + (e.lineno ? " (line " + e.lineno + ")" : ""));
  });

  var data = JSON.parse(document.getElementById("report-data").textContent);
  // The result states, their order of severity and which are unexpected
  // come with the page model (reports/ptcresults.py defines them).
  var SEVERITY = data.severity;
  var BAD = {};
  data.bad.forEach(function (s) { BAD[s] = 1; });
  var WORD = data.word;
  var casesById = {};
  var caseOfName = {};
  data.cases.forEach(function (c) {
    casesById[c.id] = c;
    c.names.forEach(function (n) { caseOfName[n] = c; });
  });

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "cls") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (ch) {
      if (ch === null || ch === undefined) return;
      e.appendChild(typeof ch === "string" ? document.createTextNode(ch) : ch);
    });
    return e;
  }
  function stateSpan(s, text) {
    return el("span", { cls: "b st st-" + s, text: text || WORD[s] || s });
  }
  function worst(results) {
    var best = null;
    results.forEach(function (r) {
      if (best === null || SEVERITY.indexOf(r) < SEVERITY.indexOf(best)) best = r;
    });
    return best;
  }
  // The diff rule comes with the page model (ptcresults.change_kind).
  function changeKind(a, b) {
    return data.changes[(a || "") + ">" + (b || "")] || null;
  }

  // ---- state in the fragment ----------------------------------------------------
  var state = { q: "", old: "", "new": "", "case": "" };
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    var known = false;
    ["q", "old", "new", "case"].forEach(function (k) {
      if (p.has(k)) { state[k] = p.get(k); known = true; }
    });
    return known;
  }
  function writeHash() {
    var p = new URLSearchParams();
    Object.keys(state).forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }

  // ---- the filter -----------------------------------------------------------------
  var filterBox = document.getElementById("filter");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#matrix-table tbody tr"));

  function parseQuery(q) {
    return q.toLowerCase().split(/\s+/).filter(Boolean).map(function (t) {
      var neg = t.charAt(0) === "-" && t.length > 1;
      if (neg) t = t.slice(1);
      var m = /^(group|is|result):(.*)$/.exec(t);
      return { neg: neg, key: m ? m[1] : "text", val: m ? m[2] : t };
    });
  }
  function rowMatches(row, terms) {
    return terms.every(function (t) {
      var ok;
      if (t.key === "group") ok = row.getAttribute("data-group").toLowerCase() === t.val;
      else if (t.key === "is" || t.key === "result") {
        if (t.val === "diff") ok = row.getAttribute("data-diff") === "1";
        else if (t.val === "stale") ok = row.getAttribute("data-stale") === "1";
        else ok = (" " + row.getAttribute("data-results") + " ").indexOf(" " + t.val + " ") >= 0;
      } else ok = row.getAttribute("data-text").indexOf(t.val) >= 0;
      return t.neg ? !ok : ok;
    });
  }
  function applyFilter() {
    var terms = parseQuery(state.q);
    var shown = 0;
    rows.forEach(function (row) {
      var ok = rowMatches(row, terms);
      row.classList.toggle("hidden", !ok);
      if (ok) shown++;
    });
    var count = document.getElementById("shown-count");
    count.textContent = shown + " of " + rows.length + " cases shown";
    count.setAttribute("data-shown", String(shown));
    count.setAttribute("data-total", String(rows.length));
  }
  filterBox.addEventListener("input", function () {
    state.q = filterBox.value;
    writeHash();
    applyFilter();
  });

  // ---- the diff ---------------------------------------------------------------------
  var oldSel = document.getElementById("diff-old");
  var newSel = document.getElementById("diff-new");

  function summaryOf(entries) {
    return entries && entries.length ? worst(entries.map(function (e) { return e[0]; })) : null;
  }
  function computeDiff(i, j) {
    var a = data.res[i], b = data.res[j], names = {}, out = [];
    Object.keys(a).forEach(function (n) { names[n] = 1; });
    Object.keys(b).forEach(function (n) { names[n] = 1; });
    Object.keys(names).sort().forEach(function (n) {
      var ra = summaryOf(a[n]), rb = summaryOf(b[n]);
      if (n.indexOf("vm.") === 0 && (ra === null || rb === null)) return;
      var k = changeKind(ra, rb);
      if (k) out.push({ kind: k, name: n, old: ra, "new": rb, entries: b[n] || [] });
    });
    var order = { regression: 0, fix: 1, change: 2 };
    out.sort(function (x, y) {
      return order[x.kind] - order[y.kind] || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    });
    return out;
  }
  function renderDiff() {
    var i = Number(oldSel.value), j = Number(newSel.value);
    state.old = data.runs[i].label;
    state["new"] = data.runs[j].label;
    writeHash();
    var d = computeDiff(i, j);
    var n = { regression: 0, fix: 0, change: 0 };
    d.forEach(function (r) { n[r.kind]++; });
    var sum = document.getElementById("diff-summary");
    sum.textContent = n.regression + " regressions, " + n.fix + " fixes, " + n.change + " other changes";
    sum.setAttribute("data-regressions", String(n.regression));
    sum.setAttribute("data-fixes", String(n.fix));
    sum.setAttribute("data-changes", String(n.change));
    var out = document.getElementById("diff-out");
    out.textContent = "";
    if (i === j) {
      out.appendChild(el("p", { cls: "note", text: "The same run on both sides: choose two runs." }));
      return;
    }
    if (!d.length) {
      out.appendChild(el("p", { cls: "note", text: "No differences." }));
      return;
    }
    var tbody = el("tbody");
    d.forEach(function (r) {
      var reason = r.entries.length ? r.entries.filter(function (e) { return e[0] === r["new"]; })
        .map(function (e) { return e[1]; })[0] || "" : "not run";
      var c = caseOfName[r.name];
      tbody.appendChild(el("tr", { cls: "diff-" + r.kind, "data-kind": r.kind, "data-name": r.name }, [
        el("td", { text: r.kind }),
        el("td", {}, [el("a", { href: "#case=" + encodeURIComponent(c ? c.id : r.name), text: r.name })]),
        el("td", {}, [r.old ? stateSpan(r.old) : "absent"]),
        el("td", {}, [r["new"] ? stateSpan(r["new"]) : "absent"]),
        el("td", { text: reason })
      ]));
    });
    out.appendChild(el("table", { id: "diff-table" }, [
      el("thead", {}, [el("tr", {}, ["Change", "Case", data.runs[i].label, data.runs[j].label, "Reason"]
        .map(function (t) { return el("th", { text: t }); }))]), tbody]));
  }
  oldSel.addEventListener("change", renderDiff);
  newSel.addEventListener("change", renderDiff);

  // ---- the detail view -----------------------------------------------------------------
  function linkList(links) {
    var out = [];
    (links || "").split(/\s+/).filter(Boolean).forEach(function (l) {
      if (out.length) out.push(" ");
      var m = /^linux-git:([0-9a-f]{7,40})$/i.exec(l);
      if (m) {
        out.push(el("a", { href: "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=" + m[1],
          text: "commit " + m[1] }));
      } else if (/^https?:\/\//.test(l)) out.push(el("a", { href: l, text: l }));
      else out.push(l);
    });
    return out;
  }
  function showDetail(id) {
    var box = document.getElementById("detail");
    var c = casesById[id] || caseOfName[id];
    box.textContent = "";
    if (!c) {
      box.hidden = !id;
      if (id) box.appendChild(el("p", { text: "No case " + id + " in these runs." }));
      return;
    }
    var m = c.meta || {};
    var close = el("button", { type: "button", text: "close" });
    close.addEventListener("click", function () { state["case"] = ""; writeHash(); showDetail(""); });
    box.appendChild(el("h2", {}, [c.id + " ", close]));
    var dl = el("dl");
    function row(k, v) {
      if (!v || !v.length) return;
      dl.appendChild(el("dt", { text: k }));
      dl.appendChild(el("dd", {}, [].concat(v)));
    }
    row("Claim", m.claim);
    row("Man page", m.man ? "ptrace(2), section \u201c" + m.man + "\u201d" : "");
    row("Checklist", m.spec);
    row("Since", m.since);
    row("Needs", m.needs);
    row("Variants", c.names.length > 1 ? c.names.join(", ") : "");
    if (m.source) row("Source", [el("a", { href: "../../" + m.source, text: m.source })]);
    row("Known issue", m.xfail ? m.xfail + (m.kernels ? " (kernels: " + m.kernels + ")" : "") : "");
    row("Links", m.links ? linkList(m.links) : "");
    row("Man page stale", m.man_stale);
    box.appendChild(dl);

    var tbody = el("tbody"), details = [], anyBad = false;
    data.runs.forEach(function (run, i) {
      c.names.forEach(function (n) {
        (data.res[i][n] || []).forEach(function (e) {
          tbody.appendChild(el("tr", {}, [el("td", { text: run.label }), el("td", { text: n }),
            el("td", { text: String(e[2]) }), el("td", {}, [stateSpan(e[0])]), el("td", { text: e[1] }),
            el("td", { cls: "n", text: (e[3] || 0).toFixed(1) })]));
          if (e[4].length || e[5].length || e[6]) details.push({ run: run, name: n, e: e });
          if (BAD[e[0]]) anyBad = true;
        });
      });
    });
    box.appendChild(el("table", {}, [el("thead", {}, [el("tr", {}, ["Run", "Name", "Iteration", "Result", "Reason", "ms"]
      .map(function (t) { return el("th", { text: t }); }))]), tbody]));
    if (anyBad && /linux-git:/.test(m.links || "")) {
      box.appendChild(el("p", {}, ["Fix-commit hint: a kernel failing this case may lack ",
        el("span", {}, linkList((m.links || "").split(/\s+/).filter(function (l) { return /^linux-git:/.test(l); }).join(" "))),
        "."]));
    }
    details.forEach(function (d) {
      box.appendChild(el("h3", { text: d.run.label + ": " + d.name + " (iteration " + d.e[2] + "): " + d.e[0] }));
      if (d.e[4].length) box.appendChild(el("pre", { cls: "diag", text: d.e[4].join("\n") }));
      if (d.e[5].length) {
        box.appendChild(el("p", { cls: "note", text: "Trace of ptrace requests and wait results:" }));
        box.appendChild(el("pre", { cls: "trace", text: d.e[5].join("\n") }));
      }
      if (d.e[6]) {
        box.appendChild(el("p", { cls: "note", text: "Output:" }));
        box.appendChild(el("pre", { cls: "output", text: d.e[6] }));
      }
      if (d.run.vm && d.run.vm.reproduce) {
        var cmd = d.run.vm.reproduce + (c.group === "vm" ? "" : " RUNFLAGS=" + d.name);
        box.appendChild(el("p", { cls: "note" }, ["Reproduce: ", el("code", { text: cmd })]));
      }
    });
    box.hidden = false;
    box.scrollIntoView();
  }
  document.getElementById("matrix-table").addEventListener("click", function (ev) {
    var td = ev.target.closest("td.st");
    if (!td) return;
    var id = td.parentNode.getAttribute("data-case");
    state["case"] = id;
    writeHash();
    showDetail(id);
  });

  // ---- start ------------------------------------------------------------------------------
  function runIndex(label, dflt) {
    for (var i = 0; i < data.runs.length; i++) if (data.runs[i].label === label) return i;
    return dflt;
  }
  function fromHash() {
    readHash();
    if (filterBox.value !== state.q) {
      filterBox.value = state.q;
      filterBox.dispatchEvent(new Event("input"));
    }
    var n = data.runs.length;
    var o = runIndex(state.old, Math.max(0, n - 2)), w = runIndex(state["new"], n - 1);
    if (oldSel.value !== String(o) || newSel.value !== String(w) || !document.getElementById("diff-summary").textContent) {
      oldSel.value = String(o);
      newSel.value = String(w);
      newSel.dispatchEvent(new Event("change"));
    }
    showDetail(state["case"]);
  }
  window.addEventListener("hashchange", function () {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (!(p.has("q") || p.has("case") || p.has("old") || p.has("new"))) return; // a plain anchor
    fromHash();   // what the fragment names replaces the state; the rest stays
    writeHash();
  });
  applyFilter();
  fromHash();
  document.body.setAttribute("data-ready", "1");
})();
