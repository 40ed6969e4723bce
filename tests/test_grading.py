"""A whole grading round on real nbgrader: honest and hostile submissions to a course assignment.

One round (generate, collect from an LMS zip, parallel sandboxed autograde, feedback, export) runs
once per module; each test then checks one promise against its results.
"""

import csv
import json
import os
import zipfile
from pathlib import Path

import nbformat
import pytest

from workbench import grading, integrity, sandbox
from workbench.exercises import nbgrader_meta

from grading_support import scores as gradebook_scores

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"
REPO = grading.REPO

# one worker runs this module (pytest -n 2): its tests share one expensive grading round (rounds elsewhere in the
# suite may run beside it: each kernel leases its own sandbox uid)
pytestmark = [pytest.mark.skipif(not sandbox.available(), reason=sandbox.unavailable_reason()),
              pytest.mark.xdist_group("grading"), pytest.mark.slow]


def _cells_by_id(nb):
    return {nbgrader_meta(c).get("grade_id"): c for c in nb.cells if nbgrader_meta(c)}


def _answer(release, source, ex1: str | None = "solution", ex2: str | None = "solution", written: bool = False):
    """The released notebook with exercise answers filled in: the reference, blank (None) or given code."""
    nb = nbformat.from_dict(json.loads(json.dumps(release)))
    mine, ref = _cells_by_id(nb), _cells_by_id(source)
    for grade_id, how in (("l1n02-ex1-answer", ex1), ("l1n02-ex2-answer", ex2)):
        if how == "solution":
            mine[grade_id].source = ref[grade_id].source
        elif how is not None:
            mine[grade_id].source = how
    if written:
        mine["l1n02-written"].source = ref["l1n02-written"].source
    return nb


HOSTILE_EX2 = {
    "loop": "while True:\n    pass",
    "memory": "blob = bytearray(64 * 2**30)",
    "fork": ("import os, time\npids = []\ntry:\n    while True:\n        pid = os.fork()\n        if pid == 0:\n"
             "            time.sleep(600)\n            os._exit(0)\n        pids.append(pid)\nexcept OSError as err:\n"
             "    print('fork refused after', len(pids), err)"),
    "flood": "for _ in range(300_000):\n    print('x' * 1000)",
    "eq": ("class Always:\n    def __eq__(self, other):\n        return True\n    def __float__(self):\n        return 4.0\n\n"
           "def months_to_break_even(*args, **kwargs):\n    return Always()"),
}


# Tricks that made the tests of exercise 2 pass without solving it, until the grader put a check after each test
TRICKS_EX2 = {
    "tryall": ("import ast\nclass TryAll(ast.NodeTransformer):\n    def visit_Module(self, node):\n"
               "        handler = ast.ExceptHandler(type=ast.Name('BaseException', ast.Load()), name=None, body=[ast.Pass()])\n"
               "        node.body = [ast.Try(body=node.body or [ast.Pass()], handlers=[handler], orelse=[], finalbody=[])]\n"
               "        return ast.fix_missing_locations(node)\n"
               "get_ipython().ast_transformers.append(TryAll())"),
    "isclose": ("import math\nmath.isclose = lambda *a, **k: True\n"
                "def months_to_break_even(one_off, own, api):\n    if api <= own:\n        return math.inf\n"
                "    return 0.0 if one_off == 0 else 1.0"),
    "reply": ("ip = get_ipython()\n_orig = ip.run_cell_async\nasync def run_cell_async(*a, **k):\n"
              "    r = await _orig(*a, **k)\n    r.error_in_exec = None\n    return r\n"
              "ip.run_cell_async = run_cell_async\nip.set_custom_exc((BaseException,), lambda *a, **k: None)"),
}


@pytest.fixture(scope="module")
def round_(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("grading")
    course = grading.Course(tmp / "course")
    course.generate([ASSIGNMENT])
    release = nbformat.read(course.root / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)
    source = nbformat.read(course.root / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)
    honest = {"good": _answer(release, source, written=True), "partial": _answer(release, source, ex2=None),
              "blank": _answer(release, source, ex1=None, ex2=None)}
    secret = course.root / "gradebook.db"
    hostile = {f"h{name}": _answer(release, source, ex2=code) for name, code in HOSTILE_EX2.items()}
    hostile["hexit"] = _answer(release, source, ex2="import os\nos._exit(0)")
    hostile["hsnoop"] = _answer(release, source, ex2=(
        "import glob, os\nfound = []\n"
        f"for pattern in [{str(secret)!r}, {str(course.root)!r} + '/**', {str(REPO / 'course')!r} + '/**/*.ipynb',\n"
        "                '/tmp/**/gradebook.db', '/tmp/**/source/**/*.ipynb']:\n"
        "    found += glob.glob(pattern, recursive=True)\n"
        "print('FOUND', sorted(p for p in set(found) if os.path.isfile(p)))"))
    hostile["hdelete"] = _answer(release, source, ex2=(
        "import os, shutil\n"
        f"for target in [{str(secret)!r}, {str(REPO / 'README.md')!r}]:\n"
        "    try:\n        os.remove(target)\n    except OSError as err:\n        print('refused', err)\n"
        f"for folder in [{str(course.root)!r}, {str(REPO / 'workbench')!r}]:\n"
        "    shutil.rmtree(folder, ignore_errors=True)\n"
        f"try:\n    open({str(course.root / 'pwned.txt')!r}, 'w').write('x')\nexcept OSError as err:\n    print('refused', err)"))
    hostile["hnetwork"] = _answer(release, source, ex2=(
        "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), timeout=3)\n    print('NETWORK OPEN')\n"
        "except OSError as err:\n    print('no network', err)"))
    tampered = _answer(release, source, ex2=None)
    _cells_by_id(tampered)["l1n02-ex2-tests"].source = "pass"
    hostile["htamper"] = tampered
    deleted = _answer(release, source, ex2=None)
    deleted.cells = [c for c in deleted.cells if nbgrader_meta(c).get("grade_id") != "l1n02-ex2-tests"]
    hostile["hdeletetest"] = deleted
    hostile.update({f"t{name}": _answer(release, source, ex2=code) for name, code in TRICKS_EX2.items()})

    def zip_of(notebooks: dict, extra: dict | None = None) -> Path:
        path = tmp / f"lms-{len(notebooks)}.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for student, nb in notebooks.items():
                archive.writestr(f"{student}_12345_{NOTEBOOK}", nbformat.writes(nb))
            for member, text in (extra or {}).items():
                archive.writestr(member, text)
        return path

    limits = sandbox.Limits(memory_mb=4096, cpu_seconds=120, output_kb=256, processes=48)
    # 60 s per cell: an honest cell takes a few seconds alone, but the suite runs two workers on two cores, and
    # 30 s timed honest cells out when a third busy process shared them
    options = dict(jobs=2, cell_timeout=60, notebook_timeout=400, limits=limits, log=lambda *_: None)
    course.collect_zip(ASSIGNMENT, zip_of(honest))
    alone = {o.student: o for o in course.autograde(ASSIGNMENT, **options)}
    alone_scores = gradebook_scores(course, ASSIGNMENT)
    collected = course.collect_zip(ASSIGNMENT, zip_of({**honest, **hostile},
                                                     {"hcorrupt_1_x.ipynb": "this is not a notebook"}))
    outcomes = {o.student: o for o in course.autograde(ASSIGNMENT, **options)}
    feedback = course.feedback(ASSIGNMENT)
    export = course.export(tmp / "grades.csv")
    return dict(course=course, alone=alone, alone_scores=alone_scores, outcomes=outcomes, collected=collected,
                feedback=feedback, export=export, points=_points(source))


def _points(source):
    return {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c)["points"] for c in source.cells
            if nbgrader_meta(c).get("grade")}


def _autograded_output(course, student, grade_id):
    nb = nbformat.read(course.root / "autograded" / student / ASSIGNMENT / NOTEBOOK, as_version=4)
    cell = _cells_by_id(nb)[grade_id]
    return "".join(o.get("text", "") + o.get("evalue", "") for o in cell.get("outputs", []))


def test_honest_submissions_get_the_expected_scores(round_):
    # catches: a grading pipeline that gives wrong marks to right answers, or marks to blank ones
    scores, p = gradebook_scores(round_["course"], ASSIGNMENT), round_["points"]
    assert scores["good"]["l1n02-ex1-tests"] == p["l1n02-ex1-tests"]
    assert scores["good"]["l1n02-ex2-tests"] == p["l1n02-ex2-tests"]
    assert scores["partial"]["l1n02-ex1-tests"] == p["l1n02-ex1-tests"]
    assert scores["partial"]["l1n02-ex2-tests"] == 0
    assert scores["blank"]["l1n02-ex1-tests"] == 0 and scores["blank"]["l1n02-ex2-tests"] == 0


def test_honest_scores_do_not_change_when_hostile_submissions_are_in_the_batch(round_):
    # catches: one student's fork bomb, flood or crash costing a classmate marks
    scores = gradebook_scores(round_["course"], ASSIGNMENT)
    for student, alone in round_["alone_scores"].items():
        assert scores[student] == alone, student


def test_hostile_code_loses_only_the_affected_part(round_):
    # catches: a loop, memory bomb, fork bomb, flood or fake-equality answer that scores, or that
    # takes the student's other (correct) exercise down with it
    scores, p = gradebook_scores(round_["course"], ASSIGNMENT), round_["points"]
    for student in ("hloop", "hmemory", "hfork", "hflood", "heq", "hsnoop", "hdelete", "hnetwork",
                    "htamper", "hdeletetest"):
        assert round_["outcomes"][student].status == "graded", (student, round_["outcomes"][student].reason)
        assert scores[student]["l1n02-ex2-tests"] == 0, student
        assert scores[student]["l1n02-ex1-tests"] == p["l1n02-ex1-tests"], student


def test_tricks_that_fake_passing_tests_are_not_counted_and_the_feedback_says_why(round_):
    # catches: hiding errors, rewriting test cells or replacing math.isclose scoring the tests they fool,
    # or costing the exercise that was solved before the trick ran
    course, scores, p = round_["course"], gradebook_scores(round_["course"], ASSIGNMENT), round_["points"]
    rows = {r["student"]: r for r in csv.DictReader(open(round_["export"], encoding="utf-8-sig"))}
    for student, words in (("ttryall", "hides errors"), ("treply", "hides errors"),
                           ("tisclose", "math.isclose was replaced")):
        outcome = round_["outcomes"][student]
        assert outcome.status == "graded" and "l1n02-ex2-tests" in outcome.reason, (student, outcome.reason)
        assert words in outcome.reason and "l1n02-ex1-tests" not in outcome.reason, (student, outcome.reason)
        assert scores[student]["l1n02-ex2-tests"] == 0 and scores[student]["l1n02-ex1-tests"] == p["l1n02-ex1-tests"]
        assert "not counted" in _autograded_output(course, student, "l1n02-ex2-tests")
        page = course.root / "feedback" / student / ASSIGNMENT / NOTEBOOK.replace(".ipynb", ".html")
        assert "not counted" in page.read_text() and words in rows[student]["note"]
    for student in ("good", "partial", "blank"):
        assert round_["outcomes"][student].reason == "", round_["outcomes"][student].reason
    graded = nbformat.read(course.root / "autograded" / "good" / ASSIGNMENT / NOTEBOOK, as_version=4)
    assert not any(integrity.META_KEY in c.metadata for c in graded.cells)   # the checks leave no trace


def test_a_submission_that_kills_its_kernel_or_is_not_a_notebook_gets_zero_with_a_reason(round_):
    # catches: os._exit or a corrupt file leaving an empty grade or stopping the round
    for student, words in (("hexit", "stopped"), ("hcorrupt", "not a readable notebook")):
        outcome = round_["outcomes"][student]
        assert outcome.status == "zero" and words in outcome.reason, (student, outcome.reason)
        scores = gradebook_scores(round_["course"], ASSIGNMENT)[student]
        assert all(v == 0 for k, v in scores.items() if k.endswith("tests"))


def test_the_sandbox_hides_the_gradebook_and_solutions_and_blocks_writes_and_network(round_):
    # catches: a kernel that can read hidden tests, rewrite the gradebook or reach the internet
    course = round_["course"]
    found = _autograded_output(course, "hsnoop", "l1n02-ex2-answer")
    assert "FOUND []" in found, found
    assert course.gradebook_path.exists() and (REPO / "README.md").exists() and (REPO / "workbench").is_dir()
    assert not (course.root / "pwned.txt").exists()
    assert "refused" in _autograded_output(course, "hdelete", "l1n02-ex2-answer")
    assert "no network" in _autograded_output(course, "hnetwork", "l1n02-ex2-answer")
    assert "fork refused" in _autograded_output(course, "hfork", "l1n02-ex2-answer")


def test_a_flood_of_output_is_capped(round_):
    # catches: a submission that prints gigabytes into the grader's memory and the gradebook
    text = _autograded_output(round_["course"], "hflood", "l1n02-ex2-answer")
    assert len(text) < 300_000 and "truncated" in text


def test_feedback_and_export_say_what_each_student_got(round_):
    # catches: feedback files or a grade export that exist but are empty or wrong
    course, p = round_["course"], round_["points"]
    good = (course.root / "feedback" / "good" / ASSIGNMENT / NOTEBOOK.replace(".ipynb", ".html")).read_text()
    code_points = p["l1n02-ex1-tests"] + p["l1n02-ex2-tests"]
    assert f"Score: {float(code_points)} / {float(sum(p.values()))}" in good
    dead = (course.root / "feedback" / "hexit" / ASSIGNMENT / NOTEBOOK.replace(".ipynb", ".html")).read_text()
    assert "0 points" in dead and "stopped" in dead
    rows = {r["student"]: r for r in csv.DictReader(open(round_["export"], encoding="utf-8-sig"))}
    assert set(rows) == set(round_["collected"].students)
    assert float(rows["good"]["code_score"]) == code_points and float(rows["blank"]["score"]) == 0
    assert float(rows["partial"]["code_score"]) == p["l1n02-ex1-tests"]
    assert rows["good"]["needs_manual_grade"] == "True"  # the written answer waits for the instructor
    assert "stopped" in rows["hexit"]["note"] and rows["good"]["note"] == ""


def test_collect_zip_rejects_what_it_cannot_attribute(tmp_path, round_):
    # catches: an LMS zip whose files land outside the course folder or under a made-up student
    course = round_["course"]
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../../etc/evil_x.ipynb", "{}")
    with pytest.raises(grading.GradingError, match="student id"):
        course.collect_zip(ASSIGNMENT, bad, pattern=r"^(?P<student>[^_]+)_")
    (tmp_path / "junk.zip").write_text("not a zip")
    with pytest.raises(grading.GradingError, match="not a readable zip"):
        course.collect_zip(ASSIGNMENT, tmp_path / "junk.zip")
    with pytest.raises(grading.GradingError, match="unknown assignment"):
        course.generate(["l9-nothing"])


# Lessons that run in seconds; the ones that train or score a model for a minute or more (Level 2
# lessons 1, 3, 4 and Level 3) are checked without nbgrader in test_exercises.py, to keep CI short.
HEAVY = ("l1-01", "l2-01", "l2-03", "l2-04")  # each fine-tunes or generates at length: covered by test_exercises
LIGHT = [name for name in grading.assignments() if name.startswith(("l1-", "l2-")) and not name.startswith(HEAVY)]


@pytest.mark.skipif(not LIGHT, reason="no Level 1 or 2 assignments yet")
def test_every_light_assignment_grades_reference_full_and_blank_zero(tmp_path):
    # catches: an assignment whose tests nbgrader cannot run (ids, checksums, sandbox paths, files
    # the sandbox user cannot read) although plain execution passes
    course = grading.Course(tmp_path / "course")
    course.generate(LIGHT)
    for name in LIGHT:
        release_dir, source_dir = course.root / "release" / name, course.root / "source" / name
        archive_path = tmp_path / f"{name}.zip"
        (nb_name,) = [p.name for p in release_dir.glob("*.ipynb")]
        with zipfile.ZipFile(archive_path, "w") as archive:
            archive.writestr(f"ref_1_{nb_name}", (source_dir / nb_name).read_text(encoding="utf-8"))
            archive.writestr(f"blank_1_{nb_name}", (release_dir / nb_name).read_text(encoding="utf-8"))
        course.collect_zip(name, archive_path)
        outcomes = course.autograde(name, jobs=2, cell_timeout=300, notebook_timeout=900, log=lambda *_: None)
        # the reference's tests all count: the grader's own check cells accuse no honest notebook
        assert all(o.status == "graded" and not o.reason for o in outcomes), [(o.student, o.reason) for o in outcomes]
    rows = list(csv.DictReader(open(course.export(tmp_path / "grades.csv"), encoding="utf-8-sig")))
    source_points = {}
    for name in LIGHT:
        (path,) = (course.root / "source" / name).glob("*.ipynb")
        cells = nbformat.read(path, as_version=4).cells
        source_points[name] = sum(nbgrader_meta(c).get("points", 0) for c in cells
                                  if nbgrader_meta(c).get("grade") and c.cell_type == "code")
    for row in rows:
        expected = source_points[row["assignment"]] if row["student"] == "ref" else 0
        assert float(row["code_score"]) == expected, row


@pytest.mark.skipif(os.getuid() != 0, reason="only root drops kernels to sandbox uids")
def test_concurrent_grading_rounds_never_share_a_sandbox_uid():
    # catches: two rounds on one machine (two assistants, two assignments) giving two kernels the same uid,
    # so that one student's fork bomb fills a classmate's process limit
    import subprocess
    import sys

    child = ("import sys, time\nfrom workbench import sandbox\nwith sandbox.lease_uid() as uid:\n"
             "    print(uid, flush=True)\n    sys.stdin.readline()\n")
    with sandbox.lease_uid() as first, sandbox.lease_uid() as second:
        other = subprocess.Popen([sys.executable, "-c", child], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 text=True)
        try:
            in_other_round = int(other.stdout.readline())
        finally:
            other.communicate("done\n", timeout=60)
        assert len({first, second, in_other_round}) == 3
    with sandbox.lease_uid() as again:  # released with the `with` block, and by the other process's exit
        assert again == min(first, second, in_other_round)
