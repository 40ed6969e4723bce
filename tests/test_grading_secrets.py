"""What a student's code can reach while it is graded: none of the grader's secrets, no other copy of the course.

One round of its own, run through `workbench grade` as an instructor would, whose shell holds tokens and
cloud keys and whose machine holds other copies of the course (another clone, a copy in the home
folder, an old round's gradebook). Beside an honest student: a notebook that prints every environment it
can find, one that searches the whole disk for hidden tests and gradebooks, and one that breaks its own
kernel by replacing a builtin.
"""

import ast
import copy
import csv
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import zipfile

import nbformat
import pytest

from workbench import grading, sandbox
from workbench.exercises import nbgrader_meta

from grading_support import scores as gradebook_scores

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"
CELL_TIMEOUT = 300   # far above what the builtin-breaking notebook should take to be stopped

pytestmark = [pytest.mark.skipif(not sandbox.available(), reason=sandbox.unavailable_reason()),
              pytest.mark.xdist_group("grading")]

SECRET_NAMES = ("GRADER_TOKEN", "HF_TOKEN", "AWS_SECRET_ACCESS_KEY", "OPENAI_API_KEY", "WANDB_API_KEY")

# prints the kernel's environment, its own /proc/self/environ and that of every process above it and beside it
DUMP_ENVIRONMENT = """import os
print("ENVIRON", dict(os.environ))
print("SELF", open("/proc/self/environ", "rb").read())
pid = os.getpid()
while pid > 1:
    pid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
    try:
        print("PARENT", pid, open(f"/proc/{pid}/environ", "rb").read())
    except OSError as err:
        print("PARENT", pid, err)
for entry in filter(str.isdigit, os.listdir("/proc")):
    try:
        print("PROCESS", entry, open(f"/proc/{entry}/environ", "rb").read())
    except OSError as err:
        print("PROCESS", entry, err)"""

# the same search runs in the test (on the planted copies, to show that it finds them) and in the kernel (on /)
SNOOP = r'''import os, re

def snoop(top):
    """Copies of this course's notebooks with hidden tests, its gradebooks, a Hugging Face token: paths found."""
    found, folders = [], 0
    for root, dirs, files in os.walk(top):
        if root in ("/proc", "/sys", "/dev"):
            dirs[:] = []
            continue
        folders += 1
        for name in files:
            path = os.path.join(root, name)
            try:
                if name == "gradebook.db" and b"build-your-own-ai" in open(path, "rb").read():
                    found.append(path)
                elif name.endswith(".ipynb"):
                    text = open(path, encoding="utf-8", errors="replace").read()
                    if "BEGIN HIDDEN TESTS" in text and re.search(r'"grade_id": "l\dn\d\d', text):
                        found.append(path)
                elif path.endswith("huggingface/token"):
                    found.append(path)
            except OSError:
                pass
    return sorted(found), folders
'''
WALK_DISK = SNOOP + "\nfound, folders = snoop('/')\nprint('FOUND', found, 'FOLDERS', folders)"

BREAK_BUILTIN = "import builtins\nbuiltins.isinstance = lambda *args: True"


def _answered(release: dict, answers: dict, ex2: str) -> dict:
    nb = copy.deepcopy(release)
    for cell in nb["cells"]:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id == "l1n02-ex1-answer":
            cell["source"] = answers[grade_id]
        elif grade_id == "l1n02-ex2-answer":
            cell["source"] = ex2
    return nb


def _plant_course_copies(tmp, course: grading.Course, home) -> list:
    """Course notebooks (hidden tests included) and gradebooks where an instructor's machine keeps them."""
    planted = []
    for folder in (tmp / "other-clone", home / "build-your-own-ai"):
        shutil.copytree(grading.REPO / "course", folder / "course")
        shutil.copy(course.gradebook_path, folder / "gradebook.db")
        planted += [folder / "course" / "level1_leaders" / NOTEBOOK, folder / "gradebook.db"]
    token = home / ".cache" / "huggingface" / "token"
    (token.parent / "hub").mkdir(parents=True)   # a model cache the sandbox shows; the token beside it it must not
    token.write_text(secrets.token_hex(16))
    return planted + [token]


@pytest.fixture(scope="module")
def round_(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("secrets")
    course = grading.Course(tmp / "course")
    course.generate([ASSIGNMENT])
    release = json.loads((course.root / "release" / ASSIGNMENT / NOTEBOOK).read_text())
    source = nbformat.read(course.root / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)
    answers = {nbgrader_meta(c)["grade_id"]: c.source for c in source.cells if nbgrader_meta(c).get("solution")}
    notebooks = {"good": _answered(release, answers, answers["l1n02-ex2-answer"]),
                 "envdump": _answered(release, answers, DUMP_ENVIRONMENT),
                 "diskwalk": _answered(release, answers, WALK_DISK),
                 "builtin": _answered(release, answers, BREAK_BUILTIN)}
    archive = tmp / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for student, nb in notebooks.items():
            zf.writestr(f"{student}_1_{NOTEBOOK}", json.dumps(nb))
    course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)
    home = tmp / "instructor-home"
    planted = _plant_course_copies(tmp, course, home)
    secret_values = {name: f"{name.lower()}-{secrets.token_hex(12)}" for name in SECRET_NAMES}
    shell = {**os.environ, **secret_values, "HOME": str(home), "HF_HOME": str(home / ".cache" / "huggingface")}
    options = ["--course", str(course.root)]
    graded = subprocess.run([sys.executable, "-m", "workbench.cli", "grade", "autograde", ASSIGNMENT, *options,
                             "--jobs", "2", "--cell-timeout", str(CELL_TIMEOUT), "--notebook-timeout", "600"],
                            env=shell, capture_output=True, text=True, timeout=1200)
    feedback = subprocess.run([sys.executable, "-m", "workbench.cli", "grade", "feedback", ASSIGNMENT, *options],
                              env=shell, capture_output=True, text=True, timeout=600)
    export = tmp / "grades.csv"
    subprocess.run([sys.executable, "-m", "workbench.cli", "grade", "export", *options, "--out", str(export)],
                   env=shell, capture_output=True, text=True, timeout=600)
    assert graded.returncode == 0 and feedback.returncode == 0, (graded.stderr, feedback.stderr)
    seconds = {m["student"]: float(m["seconds"]) for m in
               re.finditer(r"^(?P<student>\S+): \w+.*\((?P<seconds>\d+) s\)$", graded.stdout, re.M)}
    return {"course": course, "tmp": tmp, "planted": planted, "secrets": secret_values, "export": export,
            "autograde": graded, "feedback": feedback, "seconds": seconds,
            "notes": course.notes()[ASSIGNMENT], "scores": gradebook_scores(course, ASSIGNMENT)}


def _output(round_, student: str) -> str:
    path = round_["course"].root / "autograded" / student / ASSIGNMENT / NOTEBOOK
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == "l1n02-ex2-answer")
    return "".join(o.get("text", "") + o.get("evalue", "") for o in cell.outputs)


@pytest.mark.slow
def test_no_secret_of_the_grader_reaches_notebook_feedback_export_or_notes(round_):
    # catches: a kernel that inherits the instructor's shell (GRADER_TOKEN printed into the graded notebook and
    # the feedback page the student receives), directly or through /proc/<parent>/environ
    course = round_["course"]
    files = [p for p in course.root.rglob("*") if p.is_file()] + [round_["export"]]
    assert course.root / grading.NOTES_FILE in files and any(p.suffix == ".html" for p in files)
    for path in files:
        data = path.read_bytes()
        for name, value in round_["secrets"].items():
            assert value.encode() not in data, f"{name} leaked into {path}"


@pytest.mark.slow
def test_the_environment_dump_ran_and_shows_only_the_sandboxs_own_variables(round_):
    # catches: the test above passing because the dump never ran; a variable of the grader passed through
    output = _output(round_, "envdump")
    assert "ENVIRON" in output and "SELF b'" in output, output[:2000]
    started_with = ast.literal_eval(output.split("SELF ", 1)[1].split("\n", 1)[0])   # /proc/self/environ, as exec'd
    names = {entry.split(b"=", 1)[0].decode() for entry in started_with.split(b"\0") if entry}
    allowed = set(sandbox.SET_VARIABLES + sandbox.PASSED_VARIABLES)
    assert names and all(n in allowed or n.startswith(sandbox.PASSED_PREFIXES) for n in names), names - allowed
    home = re.search(r"'HOME': '([^']+)'", output)[1]
    assert "/scratch-envdump/" in home, home   # HOME is the submission's scratch folder, not the instructor's


@pytest.mark.slow
def test_the_kernel_sees_no_other_copy_of_the_course_nor_a_gradebook_nor_a_token(round_):
    # catches: a sandbox that hides only the folders it knows: a copy of the course in another clone or in the
    # instructor's home (hidden tests included), an old gradebook, or the Hugging Face token were readable
    namespace = {}
    exec(SNOOP, namespace)
    found_here, _ = namespace["snoop"](str(round_["tmp"]))
    assert {str(p) for p in round_["planted"]} <= set(found_here)   # the search finds them where they can be read
    output = _output(round_, "diskwalk")
    found, folders = re.search(r"FOUND (\[.*?\]) FOLDERS (\d+)", output).groups()
    assert found == "[]", found
    assert int(folders) > 1000, output   # it walked the Python environment: a real search, that found nothing


@pytest.mark.slow
def test_a_kernel_broken_by_a_replaced_builtin_is_reported_as_it_happens(round_):
    # catches: a notebook that replaced builtins.isinstance (its kernel alive, idle, never replying) reported as
    # "a cell did not finish within the time limit", after the whole cell time limit
    reason = round_["notes"]["builtin"]
    assert grading.STOPPED_ANSWERING in reason and "isinstance" in reason, reason
    assert round_["seconds"]["builtin"] < CELL_TIMEOUT / 2, round_["autograde"].stdout
    rows = {r["student"]: r for r in csv.DictReader(open(round_["export"], encoding="utf-8-sig"))}
    assert grading.STOPPED_ANSWERING in rows["builtin"]["note"]


@pytest.mark.slow
def test_autograde_and_feedback_print_no_database_warnings(round_):
    # catches: three SQLAlchemy "SAWarning ... not in session" blocks per submission on the instructor's terminal,
    # which read as failures although the round succeeded
    for command in ("autograde", "feedback"):
        assert "SAWarning" not in round_[command].stderr and "not in session" not in round_[command].stderr, \
            round_[command].stderr


@pytest.mark.slow
def test_the_honest_student_keeps_full_marks(round_):
    # catches: the allowlisted file system or the emptied environment breaking an honest notebook
    assert round_["notes"]["good"] == ""
    assert round_["scores"]["good"]["l1n02-ex1-tests"] == 3 and round_["scores"]["good"]["l1n02-ex2-tests"] == 2


def test_the_kernel_environment_is_built_from_an_allowlist():
    # catches: a secret-looking variable (or any unknown one) passing from the grader to the kernel
    grader = {"GRADER_TOKEN": "x", "HF_TOKEN": "x", "AWS_SECRET_ACCESS_KEY": "x", "SSH_AUTH_SOCK": "/run/agent",
              "PYTHONSTARTUP": "/home/me/evil.py", "LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8",
              "OMP_NUM_THREADS": "2", "HOME": "/home/me", "PATH": "/home/me/bin:/usr/bin"}
    env = sandbox.kernel_environment(grader, "/tmp/scratch-x", sandbox.Limits())
    assert not {"GRADER_TOKEN", "HF_TOKEN", "AWS_SECRET_ACCESS_KEY", "SSH_AUTH_SOCK", "PYTHONSTARTUP"} & set(env)
    assert env["LANG"] == env["LC_ALL"] == "vi_VN.UTF-8" and env["OMP_NUM_THREADS"] == "2"
    assert env["HOME"].startswith("/tmp/scratch-x/") and "/home/me" not in env["PATH"]
