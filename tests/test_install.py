"""The workbench outside a source checkout: `pip install .` into a fresh environment, run from another folder.

Offline: the wheel is built with this environment's setuptools (no build isolation), installed without
its dependencies, and the fresh environment borrows this one's installed libraries (torch, transformers)
through a .pth file added after the install, so nothing is downloaded.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# what `pip install .` reads from a checkout
SOURCES = ["pyproject.toml", "setup.py", "README.md", "workbench", "datasets"]


def _run(command, cwd, env, timeout=900):
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv holding the workbench as `pip install .` builds it, and a folder outside the checkout."""
    root = tmp_path_factory.mktemp("install")
    source = root / "source"  # a copy, so the build's own files (build/, *.egg-info) never touch the checkout
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(REPO / name, source / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKBENCH_DATASETS", "VIRTUAL_ENV")}
    env["HF_HUB_OFFLINE"] = "1"
    _run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "--no-index",
          "-q", "-w", str(root / "dist")], root, env)
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], root, env)
    python = venv / "bin" / "python"
    wheel = next((root / "dist").glob("workbench-*.whl"))
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
          str(wheel)], root, env)
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     root, env).stdout.strip())
    (site / "borrowed_libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return {"python": python, "site": site, "cwd": elsewhere, "env": env, "wheel": wheel}


@pytest.mark.slow
def test_installed_package_is_the_wheel_and_finds_its_own_datasets(installed):
    # catches: the check passing because the checkout's workbench (the editable install) answered instead
    where = _run([str(installed["python"]), "-c", "import workbench, workbench.data as d; "
                  "print(workbench.__file__); print(d.datasets_root())"], installed["cwd"], installed["env"])
    package, datasets = where.stdout.split()
    assert Path(package).is_relative_to(installed["site"])
    assert Path(datasets) == installed["site"] / "workbench" / "datasets"


@pytest.mark.slow
def test_installed_workbench_lists_its_datasets(installed):
    # catches: `workbench datasets` finding Hugging Face's `datasets` library beside the package, or nothing
    listed = _run(["workbench", "datasets"], installed["cwd"], installed["env"])
    assert "support_emails" in listed.stdout and "vmlu_style" in listed.stdout and "hr_policy" in listed.stdout
    sheet = _run(["workbench", "datasets", "support_emails"], installed["cwd"], installed["env"])
    assert sheet.stdout.startswith("---")


@pytest.mark.slow
def test_installed_workbench_runs_the_demo_from_another_folder(installed):
    # catches: a demo that needs the checkout (datasets, the bundled model) to run at all
    _run(["workbench", "demo", "--model", "vi-tiny-llama", "--max-train", "16", "--max-eval", "8", "--epochs", "1",
          "--output-dir", "run", "--json", "results.json"], installed["cwd"], installed["env"])
    results = json.loads((installed["cwd"] / "results.json").read_text(encoding="utf-8"))
    assert results["train_examples"] == 16 and results["eval_examples"] == 8 and results["learning_rate"] == 2e-3
    assert Path(results["adapter_path"]).is_relative_to(installed["cwd"])


@pytest.mark.slow
def test_installed_workbench_without_its_datasets_says_where_to_point(installed, tmp_path):
    # catches: a traceback, or an empty list, when the datasets are missing from an installation
    shipped = installed["site"] / "workbench" / "datasets"
    moved = tmp_path / "datasets"
    shutil.move(shipped, moved)
    try:
        done = subprocess.run(["workbench", "datasets"], cwd=installed["cwd"], env=installed["env"],
                              capture_output=True, text=True, timeout=300)
    finally:
        shutil.move(moved, shipped)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: The course datasets were not found: set WORKBENCH_DATASETS")
    assert len(done.stderr.strip().splitlines()) == 1
