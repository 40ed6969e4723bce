#!/usr/bin/env python3
"""Give every course notebook an "Open in Colab" badge and a Colab-only setup cell. Idempotent.

    .venv/bin/python scripts/colab_cells.py                      # every lesson in course/level*/
    .venv/bin/python scripts/colab_cells.py course/level1_leaders/03_where_the_data_goes.ipynb
    .venv/bin/python scripts/colab_cells.py --check              # exit 1 if a notebook is out of date

The badge goes at the top of the first markdown cell; the setup cell becomes the first code cell.
On Colab (`"google.colab" in sys.modules`) that cell clones the course repository, pip-installs the
workbench from it (Colab's own torch stays; nothing needs ipywidgets 8 or notebook 7) and points
WORKBENCH_DATASETS at the clone's datasets/; anywhere else it does nothing. Running the script again
updates both in place and changes nothing else, so it is safe after editing REPOSITORY or BRANCH.
Outputs are not touched (course notebooks are committed stripped).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The one place the course's public repository is named (GitHub "owner/name" and branch). The
# README badges, course/README.md and deploy/ quote it; tests/test_colab_cells.py checks they agree.
# Placeholder until the repository is published: change it here, rerun this script, fix what the test names.
REPOSITORY = "example-org/build-your-own-ai"
BRANCH = "main"

CELL_ID = "colab-setup"
CELL_TAG = "colab-setup"
BADGE_IMAGE = "https://colab.research.google.com/assets/colab-badge.svg"
_BADGE_LINE = re.compile(r"^\[!\[Open In Colab\]\([^)]*\)\]\([^)]*\)[ \t]*\n?", re.M)


def repository_url(repository: str = REPOSITORY) -> str:
    return f"https://github.com/{repository}"


def colab_url(relpath: str, repository: str = REPOSITORY, branch: str = BRANCH) -> str:
    """Colab opens a notebook straight from GitHub: colab.research.google.com/github/OWNER/REPO/blob/BRANCH/PATH."""
    return f"https://colab.research.google.com/github/{repository}/blob/{branch}/{relpath}"


def badge(relpath: str, repository: str = REPOSITORY, branch: str = BRANCH) -> str:
    return f"[![Open In Colab]({BADGE_IMAGE})]({colab_url(relpath, repository, branch)})"


def setup_source(repository: str = REPOSITORY, branch: str = BRANCH) -> str:
    clone = "/content/" + repository.split("/")[-1]
    return f'''\
# Colab only: install the workbench and the course data (about a minute). Elsewhere this cell does nothing.
import sys

if "google.colab" in sys.modules:
    import os
    import subprocess

    COURSE_REPO = "{repository_url(repository)}"
    COURSE_DIR = "{clone}"
    if not os.path.isdir(COURSE_DIR):
        subprocess.run(["git", "clone", "--depth", "1", "--branch", "{branch}", COURSE_REPO, COURSE_DIR], check=True)
    # pip keeps Colab's CUDA torch where it fits the workbench's bound, and adds bitsandbytes
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", COURSE_DIR], check=True)
    os.environ["WORKBENCH_DATASETS"] = os.path.join(COURSE_DIR, "datasets")
    from workbench import hardware  # if this import fails after an upgrade: Runtime > Restart session, run again

    print(hardware.doctor_report())  # on a T4: fp16, not bf16, and why'''


def _source(cell) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def _is_setup_cell(cell) -> bool:
    return cell.get("id") == CELL_ID or CELL_TAG in cell.get("metadata", {}).get("tags", [])


def apply(nb: dict, relpath: str, repository: str = REPOSITORY, branch: str = BRANCH) -> None:
    """Add or update the badge and the setup cell in `nb` (a notebook as JSON), in place.

    Sources are stored as lists of lines, as Jupyter writes them, so the diff stays line by line.
    """
    cells = nb["cells"]

    markdown = next((c for c in cells if c["cell_type"] == "markdown"), None)
    if markdown is None:
        markdown = {"cell_type": "markdown", "id": "colab-badge", "metadata": {}, "source": []}
        cells.insert(0, markdown)
    rest = _BADGE_LINE.sub("", _source(markdown), count=1).lstrip("\n")
    markdown["source"] = _lines(badge(relpath, repository, branch) + ("\n\n" + rest if rest else ""))

    existing = [c for c in cells if _is_setup_cell(c)]
    for cell in existing:
        cells.remove(cell)
    cell = existing[0] if existing else {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": []}
    cell["id"] = CELL_ID
    cell["source"] = _lines(setup_source(repository, branch))
    tags = cell.setdefault("metadata", {}).setdefault("tags", [])
    if CELL_TAG not in tags:
        tags.append(CELL_TAG)
    first_code = next((i for i, c in enumerate(cells) if c["cell_type"] == "code"), len(cells))
    cells.insert(first_code, cell)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _dump(nb: dict) -> str:
    # exactly what nbformat (and so nbstripout) writes: sorted keys, one-space indent, UTF-8 kept
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def process(path: Path, check: bool = False, relpath: str | None = None) -> bool:
    """Update one notebook file in place; True if it changed (or, with check, would change).

    `relpath` is the notebook's path in the repository (what the badge links to); by default, where it lies.
    """
    text = path.read_text(encoding="utf-8")
    nb = json.loads(text)
    apply(nb, relpath or path.resolve().relative_to(ROOT).as_posix())
    new = _dump(nb)
    if new == text:
        return False
    if not check:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(new, encoding="utf-8")
        tmp.replace(path)
    return True


def course_notebooks() -> list[Path]:
    """The lessons: course/level*/NN_*.ipynb. Voila apps under apps/ are served, not opened on Colab."""
    return sorted((ROOT / "course").glob("level*/*.ipynb"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every lesson, course/level*/*.ipynb")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if any notebook needs updating")
    args = parser.parse_args(argv)
    stale = []
    for path in args.notebooks or course_notebooks():
        if process(path, check=args.check):
            stale.append(path)
            print(("needs update: " if args.check else "updated: ") + str(path))
    if args.check and stale:
        print("run: .venv/bin/python scripts/colab_cells.py " + " ".join(map(str, stale)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
