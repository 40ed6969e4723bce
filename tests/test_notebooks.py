"""Every course notebook is committed without outputs and runs top to bottom on the CPU."""

import json
import os
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in (ROOT / "course").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_course_has_notebooks_or_none_yet():
    # catches: notebooks placed outside course/ levels
    for nb in NOTEBOOKS:
        assert nb.relative_to(ROOT / "course").parts[0].startswith("level"), nb


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_committed_without_outputs(path):
    # catches: outputs or execution counts committed to git (noisy diffs, stale results)
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs") and cell.get("execution_count") is None, f"{path.name}: strip outputs"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_runs_top_to_bottom(path, run_notebook):
    # catches: a notebook that no longer runs with the current workbench
    os.environ.setdefault("WORKBENCH_DATASETS", str(ROOT / "datasets"))
    run_notebook(nbformat.read(path, as_version=4))  # in a scratch folder, not the repository
