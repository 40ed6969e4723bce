"""Binder: repo2docker builds the course image from binder/, with the CPU torch and the workbench.

repo2docker's dry run (`--no-build`) prints the Dockerfile it would build without needing Docker;
these tests read it, and the binder/ files it points at. A real build needs Docker (binder/README.md).
"""

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("binder")

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
R2D = Path(sys.executable).with_name("jupyter-repo2docker")


@pytest.fixture(scope="module")
def dockerfile():
    if not R2D.exists():
        pytest.skip("jupyter-repo2docker is not installed (it is in the dev extra: scripts/install.sh dev)")
    # uid 1000 as on mybinder.org (as root, repo2docker would copy the repository owned by root)
    out = subprocess.run([str(R2D), "--no-build", "--no-run", "--user-id", "1000", "--user-name", "jovyan", str(ROOT)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _requirements() -> list[str]:
    lines = (BINDER / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def test_dockerfile_uses_python_311_or_newer(dockerfile):
    # catches: Binder's default Python (3.10), which nbgrader 0.9.6 and the workbench do not support
    # build-context file names are escaped ("-2e" for ".", "-2d" for "-"): decode them first
    decoded = re.sub(r"-([0-9a-f]{2})", lambda m: chr(int(m[1], 16)), dockerfile)
    match = re.search(r"environment\.py-(\d+)\.(\d+)", decoded)
    assert match, "no conda environment lock for a Python version in the Dockerfile"
    assert (int(match[1]), int(match[2])) >= (3, 11), match[0]


def test_dockerfile_installs_binder_requirements_then_runs_post_build(dockerfile):
    # catches: binder/ files that repo2docker does not pick up (wrong name, not executable, root pyproject used instead)
    pip_line = dockerfile.index('pip install --no-cache-dir -r "binder/requirements.txt"')
    post_build = dockerfile.index("RUN ./binder/postBuild")
    assert pip_line < post_build
    assert "pip install --no-cache-dir .\n" not in dockerfile, "repo2docker should ignore the root pyproject.toml"
    assert "COPY --chown=1000:1000 src/ ${REPO_DIR}/" in dockerfile, "the repository must be writable for `pip install -e .`"


def test_start_script_limits_pytorch_to_binders_one_cpu(dockerfile):
    # catches: PyTorch starting a thread per host core on Binder's single CPU (slower, and more memory
    # than the measured peaks, which were taken with one thread)
    assert 'ENV R2D_ENTRYPOINT="${REPO_DIR}/binder/start"' in dockerfile
    start = BINDER / "start"
    assert os.access(start, os.X_OK)
    text = start.read_text(encoding="utf-8")
    assert 'export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"' in text and text.rstrip().endswith('exec "$@"')


def test_requirements_pin_the_cpu_torch_never_cuda():
    # catches: an unpinned torch, which pulls the multi-GB CUDA wheel and its nvidia-* packages onto Binder
    reqs = _requirements()
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in reqs
    torch = [r for r in reqs if re.match(r"torch\b", r)]
    assert torch and all(re.fullmatch(r"torch==[\d.]+\+cpu", r) for r in torch), torch
    assert not [r for r in reqs if re.search(r"cu\d{2,3}|nvidia|whl/cu", r)], "a CUDA build is named"


def test_requirements_install_the_workbench_in_the_same_resolution():
    # catches: the workbench (and so bitsandbytes, transformers, ...) resolved in a second pip call that
    # could replace the CPU torch, or installed without the lab extras the image needs
    reqs = _requirements()
    editable = [r for r in reqs if r.startswith("-e .")]
    assert editable, "binder/requirements.txt must install the workbench with `-e .[...]`"
    extras = set(re.search(r"\[(.*)\]", editable[0])[1].split(","))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert extras <= set(project["optional-dependencies"]), extras
    assert "lab" in extras, "the image needs JupyterLab, nbgitpuller and the Vietnamese language pack"
    assert any(d.startswith("bitsandbytes") for d in project["dependencies"])


def test_cpu_torch_pin_matches_the_installer():
    # catches: Binder and `make test` drifting to different torch versions (one set of pins: scripts/install.sh and binder/requirements.txt)
    installer = (ROOT / "scripts" / "install.sh").read_text(encoding="utf-8")
    cpu_pin = re.search(r'"torch==([\d.]+)" --index-url https://download.pytorch.org/whl/cpu', installer)[1]
    assert f"torch=={cpu_pin}+cpu" in _requirements()


def test_lab_extra_has_the_vietnamese_language_pack_and_nbgitpuller():
    # catches: the image losing the Vietnamese JupyterLab UI or the nbgitpuller endpoint JupyterHub links use
    lab = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["lab"]
    names = {re.split(r"[<>=!~ ]", d)[0].lower() for d in lab}
    assert {"jupyterlab", "nbgitpuller", "jupyterlab-language-pack-vi-vn"} <= names


def test_runtime_txt_names_python_311_or_newer():
    # catches: a runtime.txt repo2docker cannot parse ("python-X.Y" is the only form it reads for Python)
    text = (BINDER / "runtime.txt").read_text(encoding="utf-8").strip()
    match = re.fullmatch(r"python-(\d+)\.(\d+)", text)
    assert match and (int(match[1]), int(match[2])) >= (3, 11), text


def test_post_build_is_executable_and_stops_on_the_first_error():
    # catches: a postBuild that half-fails silently (learners then meet the error in their first cell)
    post_build = BINDER / "postBuild"
    assert os.access(post_build, os.X_OK)
    lines = post_build.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#!")
    assert any(re.match(r"set -e(uo pipefail)?\b", line) for line in lines)
    assert any("workbench student-copies exercises" in line for line in lines)


def test_post_build_runs_here(tmp_path):
    # catches: a postBuild command that fails (wrong CLI name or option) before anyone builds an image
    if not shutil.which("workbench", path=str(Path(sys.executable).parent)):
        pytest.skip("the workbench CLI is not installed in this environment")
    try:
        importlib.metadata.version("jupyterlab-language-pack-vi-VN")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("the lab extra is not installed (make test installs it: scripts/install.sh dev,grading,lab)")
    repo = tmp_path / "repo"  # postBuild runs in the repository's root; its exercises/ go here instead
    repo.mkdir()
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               WORKBENCH_DATASETS=str(ROOT / "datasets"), OMP_NUM_THREADS="1")
    out = subprocess.run(["bash", str(BINDER / "postBuild")], cwd=repo, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    worksheets = sorted((repo / "exercises").glob("level*/*.ipynb"))
    assert len(worksheets) == len(sorted((ROOT / "course").glob("level*/*.ipynb")))
    assert "BEGIN SOLUTION" not in "".join(p.read_text(encoding="utf-8") for p in worksheets)


def test_every_lesson_is_measured_under_binders_memory_limit():
    # catches: a notebook added or grown without its peak memory measured against Binder's 2 GB
    record = json.loads((ROOT / "bench" / "results" / "notebook_memory.json").read_text(encoding="utf-8"))
    measured = {r["notebook"] for r in record["notebooks"] if r["ok"]}
    lessons = {str(p.relative_to(ROOT)) for p in (ROOT / "course").glob("level*/*.ipynb")}
    assert lessons <= measured, f"not measured: {sorted(lessons - measured)} (run bench/notebook_memory.py)"
    budget = record["binder_limit_mb"] - record["server_allowance_mb"]
    over = {r["notebook"]: r["kernel_tree_peak_rss_mb"] for r in record["notebooks"] if r["kernel_tree_peak_rss_mb"] > budget}
    assert not over, f"over Binder's memory budget of {budget} MB: {over}"
