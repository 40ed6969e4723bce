"""The course notebooks' exercises: find them, and make the student version without nbgrader.

Notebooks carry nbgrader metadata, so instructors generate assignments with nbgrader; this module
does the same clearing of solutions in plain Python, for self-learners on Binder or Colab and for
the test that checks every blank exercise fails its tests.
"""

from __future__ import annotations

import copy
import re

from workbench.files import write_text_atomically

CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"
_SOLUTION = re.compile(r"^([ \t]*)### BEGIN SOLUTION[^\n]*\n.*?^[ \t]*### END SOLUTION[^\n]*(\n|$)", re.M | re.S)
_HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS[^\n]*\n.*?^[ \t]*### END HIDDEN TESTS[^\n]*(\n|$)", re.M | re.S)


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def is_answer_cell(cell) -> bool:
    return bool(nbgrader_meta(cell).get("solution"))


def is_test_cell(cell) -> bool:
    meta = nbgrader_meta(cell)
    return cell["cell_type"] == "code" and bool(meta.get("grade")) and not meta.get("solution")


def _clear(source: str, stub: str) -> str:
    def replace(match):
        indent = match.group(1)
        return "".join(f"{indent}{line}\n" for line in stub.splitlines())

    return _SOLUTION.sub(replace, source)


def visible_tests(source: str) -> str:
    """A test cell's source as students see it: without the part between the hidden-test markers."""
    return _HIDDEN.sub("", source)


def student_version(nb, hide_tests: bool = True):
    """A copy of `nb` with solutions replaced by stubs (and hidden tests removed unless asked not to).

    Code between `### BEGIN SOLUTION` and `### END SOLUTION` becomes `raise NotImplementedError()`,
    a whole-cell markdown solution becomes "YOUR ANSWER HERE", as nbgrader's ClearSolutions does.
    """
    nb = copy.deepcopy(nb)
    for cell in nb["cells"]:
        if is_answer_cell(cell):
            if cell["cell_type"] == "code":
                cleared = _clear(cell["source"], CODE_STUB)
                cell["source"] = cleared if cleared != cell["source"] else CODE_STUB
            else:
                cell["source"] = TEXT_STUB
        if hide_tests and is_test_cell(cell):
            cell["source"] = visible_tests(cell["source"])
    return nb


def write_student_copies(course_dir, out_dir) -> list:
    """Write the student version of every course notebook under `out_dir`, keeping the level folders.

    What self-learners on Binder or Colab open: answers to write, visible tests to run with plain
    Python (no nbgrader needed), and no reference solutions or hidden tests to peek at.
    """
    from pathlib import Path

    import nbformat

    course_dir, out_dir = Path(course_dir), Path(out_dir)
    written = []
    for path in sorted(course_dir.glob("level*/**/*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        target = out_dir / path.relative_to(course_dir)
        write_text_atomically(target, nbformat.writes(student_version(nbformat.read(path, as_version=4))))
        written.append(target)
    return written
