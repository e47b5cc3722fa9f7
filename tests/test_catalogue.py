# SPDX-License-Identifier: GPL-2.0
"""The committed behaviour catalogue (cases/behaviours.md) is what the built
cases' metadata says, and the generator refuses what is not a catalogue."""
import subprocess
import sys

import pytest

from conftest import CASES, TOP

sys.path.insert(0, str(TOP / "reports"))
import catalogue  # noqa: E402

SCRIPT = TOP / "reports" / "catalogue.py"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_committed_catalogue_is_current():
    proc = run("--cases", str(CASES), "--check", str(TOP / "cases" / "behaviours.md"))
    assert proc.returncode == 0, proc.stderr


def test_check_fails_on_a_stale_catalogue(tmp_path):
    stale = tmp_path / "behaviours.md"
    stale.write_text((TOP / "cases" / "behaviours.md").read_text().replace("## C143", "## C999"))
    proc = run("--cases", str(CASES), "--check", str(stale))
    assert proc.returncode == 1
    assert "make catalogue" in proc.stderr


def meta(name, spec, man="PTRACE_ATTACH", claim="a claim"):
    return {"name": name, "spec": spec, "man": man, "claim": claim}


def test_each_id_lists_every_case_that_checks_it():
    text = catalogue.catalogue([meta("a.one", "C10 C9", man="X; Y"), meta("b.two", "C9", man="Y")])
    assert text.index("## C9") < text.index("## C10")
    c9 = text.split("## C9")[1].split("## C10")[0]
    assert "ptrace(2): X; Y" in c9
    assert "`a.one`: a claim" in c9 and "`b.two`: a claim" in c9
    assert "2 behaviours, 2 cases." in text


@pytest.mark.parametrize("spec", ["", "C1 !x"])
def test_a_case_without_a_valid_id_is_refused(spec):
    with pytest.raises(catalogue.CatalogueError):
        catalogue.catalogue([meta("a.one", spec)])


def test_no_built_cases_is_a_clear_error(tmp_path):
    proc = run("--cases", str(tmp_path / "nothing"))
    assert proc.returncode == 2
    assert "no built cases" in proc.stderr and "Traceback" not in proc.stderr
