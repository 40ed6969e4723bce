"""Colab: every lesson has an "Open in Colab" badge and a first code cell that sets Colab up, and only Colab.

scripts/colab_cells.py writes both; these tests check the lessons are up to date with it, that it is
idempotent and touches nothing else, and what the setup cell does with and without Colab (run here
with Colab's module faked and subprocess recorded: no clone, no pip).
"""

import copy
import importlib.util
import json
import re
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("colab_cells", ROOT / "scripts" / "colab_cells.py")
colab = importlib.util.module_from_spec(spec)
spec.loader.exec_module(colab)
LESSONS = colab.course_notebooks()


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _src(cell):
    return "".join(cell["source"])


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: str(p.relative_to(ROOT)))
def test_lesson_has_the_badge_and_the_setup_cell(path):
    # catches: a lesson added or edited without its Colab badge and setup cell (run scripts/colab_cells.py)
    nb = _load(path)
    first_markdown = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
    rel = path.relative_to(ROOT).as_posix()
    assert _src(first_markdown).startswith(colab.badge(rel)), f"run: .venv/bin/python scripts/colab_cells.py {rel}"
    first_code = next(c for c in nb["cells"] if c["cell_type"] == "code")
    assert first_code["id"] == colab.CELL_ID and _src(first_code) == colab.setup_source(), \
        f"run: .venv/bin/python scripts/colab_cells.py {rel}"
    assert sum(c.get("id") == colab.CELL_ID for c in nb["cells"]) == 1


def test_script_is_idempotent_and_changes_nothing_else(tmp_path):
    # catches: a script that stacks badges or cells on each run, or edits the lesson's own cells
    source = ROOT / "course" / "level1_leaders" / "03_where_the_data_goes.ipynb"
    original = _load(source)
    stripped = copy.deepcopy(original)  # the lesson as it was before the script, recovered
    stripped["cells"] = [c for c in stripped["cells"] if c.get("id") != colab.CELL_ID]
    first_md = next(c for c in stripped["cells"] if c["cell_type"] == "markdown")
    first_md["source"] = colab._lines(colab._BADGE_LINE.sub("", _src(first_md), count=1).lstrip("\n"))

    once = copy.deepcopy(stripped)
    colab.apply(once, "course/level1_leaders/03_where_the_data_goes.ipynb")
    twice = copy.deepcopy(once)
    colab.apply(twice, "course/level1_leaders/03_where_the_data_goes.ipynb")
    assert once == twice
    added = [c for c in once["cells"] if c.get("id") == colab.CELL_ID]
    rest = [c for c in once["cells"] if c.get("id") != colab.CELL_ID]
    assert len(added) == 1 and len(rest) == len(stripped["cells"])
    for mine, theirs in zip(rest, stripped["cells"]):
        if mine is not next(c for c in rest if c["cell_type"] == "markdown"):
            assert mine == theirs  # every other cell untouched, outputs included

    copy_path = tmp_path / source.name
    copy_path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    before = copy_path.read_bytes()
    assert colab.process(copy_path, relpath=source.relative_to(ROOT).as_posix()) is False
    assert copy_path.read_bytes() == before, "an up-to-date lesson must be left byte for byte"


def _run_setup(fake_colab: bool, monkeypatch):
    calls = []
    monkeypatch.setattr("subprocess.run", lambda cmd, **kw: calls.append(cmd) or types.SimpleNamespace(returncode=0))
    # setenv first, so that monkeypatch records the original state and undoes what the cell sets
    monkeypatch.setenv("WORKBENCH_DATASETS", "unset-by-test")
    monkeypatch.delenv("WORKBENCH_DATASETS")
    if fake_colab:
        monkeypatch.setitem(sys.modules, "google.colab", types.ModuleType("google.colab"))
    else:
        monkeypatch.delitem(sys.modules, "google.colab", raising=False)
    namespace = {}
    exec(compile(colab.setup_source(), "colab-setup", "exec"), namespace)
    return calls


def test_setup_cell_does_nothing_outside_colab(monkeypatch):
    # catches: a setup cell that clones or pip-installs on a learner's own machine, Binder or JupyterHub
    assert _run_setup(False, monkeypatch) == []
    assert "WORKBENCH_DATASETS" not in __import__("os").environ


def test_setup_cell_on_colab_clones_installs_and_points_at_the_data(monkeypatch, capsys):
    # catches: a Colab cell that installs into another Python, misses the course data, or hides the dtype choice
    import os

    calls = _run_setup(True, monkeypatch)  # /content/... does not exist here, so the cell clones
    clone, install = calls
    assert clone[:2] == ["git", "clone"] and colab.repository_url() in clone and colab.BRANCH in clone
    assert install[:4] == [sys.executable, "-m", "pip", "install"] and install[-1] == clone[-1]
    assert not any(re.search(r"\[.*\]", arg) for arg in install), "no extras on Colab (dev/lab need notebook 7)"
    assert os.environ["WORKBENCH_DATASETS"] == f"{clone[-1]}/datasets"
    assert "What the workbench will choose" in capsys.readouterr().out  # doctor report: fp16 on a T4, and why


def test_what_colab_installs_runs_on_ipywidgets_7_and_notebook_6():
    # catches: a core dependency that needs ipywidgets 8 or notebook 7 (Colab ships 7.7.1 and 6.5.7)
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~ \[;]", d)[0].lower(): d for d in deps}
    assert "notebook" not in names and "jupyterlab" not in names
    low = re.search(r">=\s*([\d.]+)", names["ipywidgets"])[1]
    assert tuple(int(x) for x in low.split(".")) <= (7, 7, 1), names["ipywidgets"]


def test_repository_is_named_once_and_quoted_consistently():
    # catches: the README, course guide or JupyterHub values pointing at another repository than the badges
    owner, name = colab.REPOSITORY.split("/")
    for rel in ["README.md", "course/README.md", "deploy/README.md", "deploy/z2jh/values.yaml"]:
        text = (ROOT / rel).read_text(encoding="utf-8")
        assert colab.REPOSITORY in text, f"{rel} does not name {colab.REPOSITORY}"
        quoted = re.findall(r"(?:github\.com|/v2/gh|colab\.research\.google\.com/github)/([\w.-]+)/([\w.-]+)", text)
        ours = {f"{o}/{n.removesuffix('.git')}" for o, n in quoted if o == owner or n.removesuffix(".git") == name}
        assert ours <= {colab.REPOSITORY}, (rel, ours)
