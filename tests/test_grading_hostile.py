"""Submissions that edit the notebook's nbgrader metadata instead of (or as well as) its code.

One small round of its own: an honest student next to notebooks whose test cell was turned into
markdown, deleted or copied. nbgrader puts such test cells back before running them, so the
grader's integrity check must follow the cells nbgrader runs, not the cells the student sent.
"""

import copy
import json
import zipfile

import nbformat
import pytest

from workbench import grading, sandbox
from workbench.exercises import nbgrader_meta

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"
TESTS = "l1n02-ex2-tests"

pytestmark = [pytest.mark.skipif(not sandbox.available(), reason=sandbox.unavailable_reason()),
              pytest.mark.xdist_group("grading")]

# passes the tests of exercise 2 without solving it, by replacing the check they use
CHEAT = ("import math\nmath.isclose = lambda *a, **k: True\n"
         "def months_to_break_even(one_off, own, api):\n    if api <= own:\n        return math.inf\n"
         "    return 0.0 if one_off == 0 else 1.0")


def _cell(nb: dict, grade_id: str) -> dict:
    return next(c for c in nb["cells"] if nbgrader_meta(c).get("grade_id") == grade_id)


@pytest.fixture(scope="module")
def round_(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    course = grading.Course(tmp / "course")
    course.generate([ASSIGNMENT])
    release = json.loads((course.root / "release" / ASSIGNMENT / NOTEBOOK).read_text())
    source = nbformat.read(course.root / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)
    answers = {nbgrader_meta(c)["grade_id"]: c.source for c in source.cells if nbgrader_meta(c).get("solution")}

    def answered(ex2: str) -> dict:
        nb = copy.deepcopy(release)
        _cell(nb, "l1n02-ex1-answer")["source"] = answers["l1n02-ex1-answer"]
        _cell(nb, "l1n02-ex2-answer")["source"] = ex2
        return nb

    notebooks = {"good": answered(answers["l1n02-ex2-answer"])}
    markdown = answered(CHEAT)
    test = _cell(markdown, TESTS)
    test.update(cell_type="markdown", source="pass")
    del test["outputs"], test["execution_count"]
    notebooks["markdown"] = markdown
    deleted = answered(CHEAT)
    deleted["cells"].remove(_cell(deleted, TESTS))
    notebooks["deleted"] = deleted
    copied = answered(answers["l1n02-ex2-answer"])
    copied["cells"].append(copy.deepcopy(_cell(copied, TESTS)))   # Jupyter's copy and paste keeps the metadata
    notebooks["copied"] = copied
    archive = tmp / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for student, nb in notebooks.items():
            zf.writestr(f"{student}_1_{NOTEBOOK}", json.dumps(nb))
    course.collect_zip(ASSIGNMENT, archive)
    limits = sandbox.Limits(memory_mb=4096, cpu_seconds=120, output_kb=256, processes=48)
    outcomes = {o.student: o for o in course.autograde(ASSIGNMENT, jobs=1, cell_timeout=60, notebook_timeout=300,
                                                       limits=limits, log=lambda *_: None)}
    return {"outcomes": outcomes, "scores": _scores(course)}


def _scores(course):
    from nbgrader.api import Gradebook

    gb = Gradebook(f"sqlite:///{course.gradebook_path}", course_id=grading.COURSE_ID)
    try:
        return {s.student.id: {g.name: g.score for nb in s.notebooks for g in nb.grades}
                for s in gb.find_assignment(ASSIGNMENT).submissions}
    finally:
        gb.close()


def test_a_test_cell_turned_into_markdown_is_checked_once_nbgrader_turns_it_back(round_):
    # catches: the check cell placed only after code test cells of the submitted file, so a test cell sent as
    # markdown (nbgrader runs it as code again) ran with the notebook's fake math.isclose and nothing after it
    assert round_["scores"]["markdown"]["l1n02-ex1-tests"] == 3
    assert round_["scores"]["markdown"][TESTS] == 0
    assert "math.isclose was replaced" in round_["outcomes"]["markdown"].reason


def test_a_deleted_test_cell_that_nbgrader_restores_is_checked_too(round_):
    # catches: nbgrader's add_missing_cells putting a deleted test back with no check cell after it
    assert round_["scores"]["deleted"][TESTS] == 0
    assert "math.isclose was replaced" in round_["outcomes"]["deleted"].reason


def test_a_copied_test_cell_gets_zero_with_a_reason_the_student_can_act_on(round_):
    # catches: nbgrader failing on duplicated grade ids and the export's note showing a SQLAlchemy warning
    outcome = round_["outcomes"]["copied"]
    assert outcome.status == "zero"
    assert "grading settings were changed" in outcome.reason and "download the assignment again" in outcome.reason


def test_the_honest_student_keeps_full_marks(round_):
    # catches: a hostile notebook in the round changing a classmate's grade
    assert round_["outcomes"]["good"].status == "graded" and not round_["outcomes"]["good"].reason
    assert round_["scores"]["good"]["l1n02-ex1-tests"] == 3 and round_["scores"]["good"][TESTS] == 2


def test_a_file_that_is_not_utf8_or_has_no_cells_is_reported_as_not_a_notebook():
    # catches: a Python exception ("UnicodeDecodeError: 'utf-8' codec ...") as the reason a student reads
    for error in ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 37493",
                  "jsonschema.exceptions.ValidationError: The notebook is invalid and is missing an expected key: cells"):
        assert grading._explain(error).startswith("the submitted file is not a readable notebook")


def test_the_reason_for_a_failure_is_the_error_raised_not_a_warning_printed_after_it():
    # catches: the export's note showing the last line of stderr, a SQLAlchemy warning, instead of the error
    error = ("[ERROR] Traceback (most recent call last):\n    RuntimeError: something broke\n"
             "nbgrader.converters.base.NbGraderException: Please see the the above traceback\n"
             "/venv/nbgrader/api.py:149: SAWarning: Object of type <SubmittedNotebook> not in session\n"
             "  return [x for x in self._base_cells if isinstance(x, GradeCell)]")
    assert grading._explain(error) == "the notebook could not be graded: RuntimeError: something broke"
