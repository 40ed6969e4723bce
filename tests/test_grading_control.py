"""The instructor stays in control of a round: one round per course folder, and Ctrl-C stops it cleanly.

These build their own small course (not the shared round of test_grading.py), so they can run on
the other pytest worker: rounds on one machine lease distinct sandbox uids.
"""

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import nbformat
import pytest

from workbench import grading, sandbox
from workbench.exercises import nbgrader_meta

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"


def _holder(course_root: Path) -> subprocess.Popen:
    """Another process that holds the course folder, as a second instructor's round would."""
    code = ("import sys\nfrom workbench import grading\n"
            f"with grading.Course({str(course_root)!r})._exclusive('autograde'):\n"
            "    print('holding', flush=True)\n    sys.stdin.readline()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    return proc


@pytest.mark.slow
def test_a_second_round_on_the_same_course_folder_is_refused_while_the_first_runs(tmp_path):
    # catches: two assistants grading one course at once, the last to write silently undoing the other's grades
    course = grading.Course(tmp_path / "course")
    other = _holder(course.root)
    try:
        with pytest.raises(grading.GradingError, match=r"cannot generate: `workbench grade` \(process \d+.*wait"):
            course.generate([ASSIGNMENT])
        assert not (course.root / "source").exists()  # nothing was touched
    finally:
        other.communicate("done\n", timeout=60)
    assert course.generate([ASSIGNMENT]) == [ASSIGNMENT]  # the lock died with its holder


@pytest.mark.slow
@pytest.mark.skipif(not sandbox.available(), reason=sandbox.unavailable_reason())
def test_ctrl_c_stops_a_round_at_once_kills_its_kernels_and_keeps_earlier_grades(tmp_path):
    # catches: Ctrl-C that waits for every queued submission to be graded anyway, leaves a student's kernel
    # spinning, or leaves the course locked
    course = grading.Course(tmp_path / "course")
    course.generate([ASSIGNMENT])
    release = nbformat.read(course.root / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)
    for cell in release.cells:
        if nbgrader_meta(cell).get("grade_id") == "l1n02-ex1-answer":
            cell.source = "import time\nwhile True:\n    time.sleep(0.1)"
    archive = tmp_path / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for student in ("anh", "binh", "chi"):
            zf.writestr(f"{student}_1_{NOTEBOOK}", nbformat.writes(release))
    course.collect_zip(ASSIGNMENT, archive)
    with pytest.raises(grading.GradingError, match="no submission of l1-02_what_it_costs from dung; those collected"):
        course.autograde(ASSIGNMENT, students=["anh", "dung"])

    cli = subprocess.Popen([sys.executable, "-m", "workbench.cli", "grade", "autograde", ASSIGNMENT,
                            "--student", "anh", "--student", "binh",
                            "--course", str(course.root), "--jobs", "1", "--cell-timeout", "600",
                            "--notebook-timeout", "900"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           # as in a terminal: a test runner started in the background may have inherited SIGINT ignored
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    kernel = None
    while kernel is None and time.monotonic() < deadline:  # wait until the first student's kernel runs the loop
        time.sleep(1)
        kernel = next((pid for pid in _descendants(cli.pid) if "ipykernel_launcher" in _cmdline(pid)), None)
    assert kernel, "no sandboxed kernel started"
    time.sleep(3)
    stopped_at = time.monotonic()
    cli.send_signal(signal.SIGINT)
    out, err = cli.communicate(timeout=60)
    assert time.monotonic() - stopped_at < 30
    assert cli.returncode == 2, (out, err)
    assert "stopped by the user: 0 of 2 submissions graded" in err  # --student: two of three
    time.sleep(1)
    assert "ipykernel_launcher" not in _cmdline(kernel), "the kernel outlived the round"
    assert not (course.root / "autograded").exists()
    notes = course.root / grading.NOTES_FILE
    assert not notes.exists() or not json.loads(notes.read_text()).get(ASSIGNMENT)
    course.generate([ASSIGNMENT])  # the course folder is free again


def _descendants(root: int) -> list[int]:
    parents = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])  # the field after the state letter
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
