"""Submissions that edit the notebook's nbgrader metadata instead of (or as well as) its code.

One small round of its own: an honest student next to notebooks whose test cell was turned into
markdown, deleted or copied. nbgrader puts such test cells back before running them, so the
grader's integrity check must follow the cells nbgrader runs, not the cells the student sent.
"""

import copy
import csv
import json
import zipfile

import nbformat
import pytest

from workbench import grading, sandbox
from workbench.exercises import nbgrader_meta

from grading_support import scores as gradebook_scores

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"
TESTS = "l1n02-ex2-tests"

pytestmark = [pytest.mark.skipif(not sandbox.available(), reason=sandbox.unavailable_reason()),
              pytest.mark.xdist_group("grading")]

# passes the tests of exercise 2 without solving it, by replacing the check they use
CHEAT = ("import math\nmath.isclose = lambda *a, **k: True\n"
         "def months_to_break_even(one_off, own, api):\n    if api <= own:\n        return math.inf\n"
         "    return 0.0 if one_off == 0 else 1.0")

LMS_NAME, COPIED = "Trần Thị Chép", "tran-thi-chep"   # the student who copied a test cell, as Moodle names her
DISK_MB = 64
# writes file after file, each under the per-file limit, and says how far it got
FILL_DISK = """written = 0
try:
    for i in range(40):
        with open(f"fill{i}.bin", "wb") as f:
            f.write(bytes(16 * 2**20))
        written += 16
finally:
    print("wrote", written, "MB")"""


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
    notebooks[COPIED] = copied
    copycheat = answered(CHEAT)
    copycheat["cells"].append(copy.deepcopy(_cell(copycheat, TESTS)))
    notebooks["copycheat"] = copycheat
    diskfill = answered(answers["l1n02-ex2-answer"])
    diskfill["cells"].append(nbformat.v4.new_code_cell(FILL_DISK))
    notebooks["diskfill"] = diskfill
    archive = tmp / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for student, nb in notebooks.items():
            # Moodle's name for one of them: a Vietnamese full name and a number
            zf.writestr(f"{LMS_NAME}_1_assignsubmission_file_{NOTEBOOK}" if student == COPIED
                        else f"{student}_1_{NOTEBOOK}", json.dumps(nb))
    course.collect_zip(ASSIGNMENT, archive)
    limits = sandbox.Limits(memory_mb=4096, cpu_seconds=120, output_kb=256, processes=48, disk_mb=DISK_MB)
    outcomes = {o.student: o for o in course.autograde(ASSIGNMENT, jobs=1, cell_timeout=60, notebook_timeout=300,
                                                       limits=limits, log=lambda *_: None)}
    graded = course.root / "autograded" / "diskfill" / ASSIGNMENT / NOTEBOOK
    export = course.export(tmp / "grades.csv")
    return {"outcomes": outcomes, "scores": gradebook_scores(course, ASSIGNMENT),
            "diskfill": nbformat.read(graded, as_version=4),
            "export": {r["student"]: r for r in csv.DictReader(open(export, encoding="utf-8-sig"))}}


@pytest.mark.slow
def test_a_test_cell_turned_into_markdown_is_checked_once_nbgrader_turns_it_back(round_):
    # catches: the check cell placed only after code test cells of the submitted file, so a test cell sent as
    # markdown (nbgrader runs it as code again) ran with the notebook's fake math.isclose and nothing after it
    assert round_["scores"]["markdown"]["l1n02-ex1-tests"] == 3
    assert round_["scores"]["markdown"][TESTS] == 0
    assert "math.isclose was replaced" in round_["outcomes"]["markdown"].reason


@pytest.mark.slow
def test_a_deleted_test_cell_that_nbgrader_restores_is_checked_too(round_):
    # catches: nbgrader's add_missing_cells putting a deleted test back with no check cell after it
    assert round_["scores"]["deleted"][TESTS] == 0
    assert "math.isclose was replaced" in round_["outcomes"]["deleted"].reason


@pytest.mark.slow
def test_a_copied_test_cell_is_graded_once_and_the_rest_of_the_notebook_counts(round_):
    # catches: nbgrader 0.9.6 leaving `nbgrader: {}` on the copy and failing on its missing grade_id, which
    # zeroed the whole notebook of a student who only pasted a test cell twice
    outcome = round_["outcomes"][COPIED]
    assert outcome.status == "graded" and not outcome.reason
    assert round_["scores"][COPIED] == round_["scores"]["good"]


@pytest.mark.slow
def test_the_export_gives_the_lms_name_of_an_id_made_from_it(round_):
    # catches: an instructor unable to match "tran-thi-chep" in the grades to the student in Moodle
    assert round_["export"][COPIED]["lms_name"] == LMS_NAME and round_["export"]["good"]["lms_name"] == "good"


@pytest.mark.slow
def test_a_copied_test_cell_does_not_hide_a_cheat(round_):
    # catches: the copy (graded, since nbgrader keeps the last cell with an id) running without a check after it
    assert round_["scores"]["copycheat"][TESTS] == 0 and round_["scores"]["copycheat"]["l1n02-ex1-tests"] == 3
    assert "math.isclose was replaced" in round_["outcomes"]["copycheat"].reason


@pytest.mark.slow
def test_writing_file_after_file_fills_the_submissions_own_space_not_the_graders_disk(round_):
    # catches: the scratch folder on the grader's disk with no total limit (3 GB were written in one test), which
    # could fill the disk and stop the gradebook writes of the whole class
    import os

    if os.geteuid() != 0:
        pytest.skip("the scratch folder is a size-limited tmpfs only when grading as root")
    output = "".join(o.get("text", "") + "".join(o.get("traceback", [])) for o in round_["diskfill"].cells[-1].outputs)
    written = int(output.split("wrote ")[1].split(" MB")[0])
    assert 0 < written <= DISK_MB and "No space left on device" in output, output
    assert round_["outcomes"]["diskfill"].status == "graded" and round_["scores"]["diskfill"] == round_["scores"]["good"]


@pytest.mark.slow
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
