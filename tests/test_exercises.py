"""Every exercise has nbgrader metadata, a reference that passes (test_notebooks) and a blank that fails."""

import ast
from pathlib import Path

import nbformat
import pytest

from workbench import exercises

from wrong_answers import WRONG_ANSWERS
from wrong_answers_level3 import WRONG_ANSWERS as LEVEL3_WRONG_ANSWERS
from wrong_answers_level3_safety import WRONG_ANSWERS as SAFETY_WRONG_ANSWERS

WRONG_ANSWERS = {**WRONG_ANSWERS, **SAFETY_WRONG_ANSWERS}  # lesson 9's own file, until wrong_answers.py lists it
LEVEL3_WRONG_ANSWERS = {**LEVEL3_WRONG_ANSWERS, **SAFETY_WRONG_ANSWERS}

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in (ROOT / "course").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
WITH_EXERCISES = [p for p in NOTEBOOKS
                  if any(exercises.is_test_cell(c) for c in nbformat.read(p, as_version=4)["cells"])]
LEVEL3 = [p for p in WITH_EXERCISES if p.parent.name == "level3_engineers"]


def _lesson_id(path: Path) -> str:
    """level3_engineers/01_vietnamese_tokenizers.ipynb: `-k level3` selects a level."""
    return f"{path.parent.name}/{path.name}"


def test_student_version_clears_solutions_and_hidden_tests():
    # catches: a released notebook that still contains the reference answer or the hidden tests
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("def f(x):\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION\n",
                                  metadata={"nbgrader": {"solution": True, "grade": False, "grade_id": "a"}}),
        nbformat.v4.new_code_cell("assert f(1) == 2\n### BEGIN HIDDEN TESTS\nassert f(5) == 10\n### END HIDDEN TESTS\n",
                                  metadata={"nbgrader": {"solution": False, "grade": True, "grade_id": "t", "points": 1}}),
        nbformat.v4.new_markdown_cell("Because ...", metadata={"nbgrader": {"solution": True, "grade": True, "grade_id": "w"}}),
    ])
    student = exercises.student_version(nb)
    assert "return 2 * x" not in student.cells[0].source
    assert "    raise NotImplementedError()" in student.cells[0].source
    assert "f(5)" not in student.cells[1].source and "assert f(1) == 2" in student.cells[1].source
    assert student.cells[2].source == exercises.TEXT_STUB
    assert "return 2 * x" in nb.cells[0].source  # the source notebook is untouched


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_exercise_metadata_is_complete(path):
    # catches: grade ids reused, points missing, or tests without an answer to test
    cells = nbformat.read(path, as_version=4)["cells"]
    ids = [exercises.nbgrader_meta(c)["grade_id"] for c in cells if exercises.nbgrader_meta(c)]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate grade_id"
    for cell in cells:
        meta = exercises.nbgrader_meta(cell)
        if meta.get("grade"):
            assert meta.get("points", 0) > 0, f"{path.name}: {meta['grade_id']} has no points"
        if exercises.is_answer_cell(cell) and cell["cell_type"] == "code":
            assert "### BEGIN SOLUTION" in cell["source"], f"{path.name}: {meta['grade_id']} has no solution markers"


@pytest.mark.slow
@pytest.mark.parametrize("path", WITH_EXERCISES, ids=_lesson_id)
def test_blank_and_typical_wrong_answers_fail_the_tests_students_see(path, run_notebook):
    # catches: tests that pass without the student doing anything (they would give free marks), and visible
    # tests that a typical mistake passes (a self-learner, who never sees the hidden tests, would believe it)
    nb = exercises.student_version(nbformat.read(path, as_version=4), hide_tests=False)
    nb.cells = [injected for cell in nb.cells for injected in _with_wrong_answers(cell)]
    nb = run_notebook(nb, allow_errors=True)
    for cell in nb.cells:
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if exercises.is_test_cell(cell):
            assert errors, f"{path.name}: test cell {exercises.nbgrader_meta(cell)['grade_id']} passes on a blank answer"
        wrong = cell.metadata.get("wrong_answer")
        if wrong and wrong["role"] == "answer":
            assert not errors, f"{path.name}: the wrong answer '{wrong['label']}' does not even run: {errors[0]}"
        if wrong and wrong["role"] == "test":
            assert errors, f"{path.name}: {wrong['test']} passes the wrong answer '{wrong['label']}'"


def _with_wrong_answers(cell) -> list:
    """The cell, and after a test cell each known wrong answer to its exercise followed by its visible tests
    again (tests/wrong_answers.py). They run in the blank notebook's kernel, so they cost no extra run."""
    cells = [cell]
    test_id = exercises.nbgrader_meta(cell).get("grade_id") if exercises.is_test_cell(cell) else None
    for label, source in WRONG_ANSWERS.get(test_id, []):
        cells.append(nbformat.v4.new_code_cell(source, metadata={"wrong_answer": {
            "role": "answer", "label": label, "test": test_id}}))
        cells.append(nbformat.v4.new_code_cell(exercises.visible_tests(cell.source), metadata={"wrong_answer": {
            "role": "test", "label": label, "test": test_id}}))
    return cells


def test_every_wrong_answer_belongs_to_a_test_cell():
    # catches: a wrong answer kept for a test cell that was renamed, so it silently stops being checked
    test_ids = {exercises.nbgrader_meta(c)["grade_id"] for p in WITH_EXERCISES
                for c in nbformat.read(p, as_version=4).cells if exercises.is_test_cell(c)}
    assert set(WRONG_ANSWERS) <= test_ids, sorted(set(WRONG_ANSWERS) - test_ids)


def test_student_copies_keep_visible_tests_and_nothing_secret(tmp_path):
    # catches: a self-learner's copy that shows the reference answer or the hidden tests
    written = exercises.write_student_copies(ROOT / "course", tmp_path)
    assert len(written) == len(NOTEBOOKS)
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text, path.name
    with_tests = [p for p in written if any(exercises.is_test_cell(c) for c in nbformat.read(p, as_version=4).cells)]
    assert len(with_tests) == len(WITH_EXERCISES)


def _test_cells(path: Path) -> list:
    return [c for c in nbformat.read(path, as_version=4).cells if exercises.is_test_cell(c)]


def test_every_level3_exercise_has_typical_wrong_answers():
    # catches: a Level 3 exercise whose visible tests were never tried against a plausible mistake
    test_ids = {exercises.nbgrader_meta(c)["grade_id"] for p in LEVEL3 for c in _test_cells(p)}
    assert test_ids, "no Level 3 test cells found"
    missing = sorted(gid for gid in test_ids if len(LEVEL3_WRONG_ANSWERS.get(gid, [])) < 3)
    assert not missing, f"fewer than three typical wrong answers in tests/wrong_answers_level3.py for {missing}"


@pytest.mark.parametrize("path", LEVEL3, ids=_lesson_id)
def test_level3_tests_say_what_is_wrong(path):
    # catches: a visible or hidden test that fails with a bare AssertionError, which tells a learner nothing
    for cell in _test_cells(path):
        bare = [node.lineno for node in ast.walk(ast.parse(cell.source))
                if isinstance(node, ast.Assert) and node.msg is None]
        assert not bare, f"{path.name}: {exercises.nbgrader_meta(cell)['grade_id']} has asserts without a message " \
                         f"on lines {bare}"
