"""The instructor's round with nbgrader: generate, release, collect, autograde safely, feedback, export.

The course notebooks are the single source: `generate` copies each notebook with exercises into
an nbgrader course folder and lets nbgrader clear the solutions and hidden tests. Autograding runs
every submission in its own process, with its own copy of the gradebook and its kernel in
`workbench.sandbox`; only this process writes the real gradebook, one submission at a time, so a
hostile or broken notebook can cost its author marks and nobody else anything. `workbench grade
--help` lists the commands; grading/README.md walks through a round.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import warnings
import zipfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from workbench import integrity, sandbox
from workbench.exercises import nbgrader_meta
from workbench.errors import WorkbenchError
from workbench.files import replace_folder, write_text_atomically

REPO = Path(__file__).resolve().parent.parent
COURSE_SOURCE = REPO / "course"
COURSE_ID = "build-your-own-ai"
STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_NOTEBOOK_BYTES = 20 * 2**20
# how LMS downloads name students' files: Moodle ("Nguyễn Văn An_1234567_assignsubmission_file_x.ipynb",
# or that as a folder), else the file name up to its first underscore (Canvas: "nguyenvanan_123_456_x.ipynb")
LMS_FILE_NAMES = [re.compile(r"(?:^|/)(?P<student>[^/_]+)_(?P<number>\d+)_assign(?:ment)?submission_"),
                  re.compile(r"^(?:.*/)?(?P<student>[^/_]+)_")]
NOTES_FILE = "grading_notes.json"
# student id -> {"name", "number"} as the LMS's zip gave them: keeps ids the same from one collect to the next
LMS_STUDENTS_FILE = "lms_students.json"
# A grading job is one worker (nbgrader, about 150 MB) and its kernel: 1.8 GB at most for a course notebook
# (bench/results/notebook_memory.json), plus the scratch tmpfs it may fill (--disk-mb, 512 MB by default).
JOB_MEMORY_MB = 2560
# What a grading worker (nbgrader, then the sandbox launcher) keeps of the instructor's environment: what it
# needs to run Python and find the course and models. The kernel's own, smaller list is sandbox.kernel_environment.
WORKER_VARIABLES = ("PATH", "HOME", "TMPDIR", "PYTHONPATH", "HF_HOME", "HF_HUB_CACHE", "WORKBENCH_DATASETS",
                    *sandbox.PASSED_VARIABLES)
# A cell that has run this long is asked (kernel_info on the control channel, answered even while a cell
# runs) whether its kernel still answers; no answer within PROBE_TIMEOUT while the kernel uses no CPU means a
# notebook that broke Python itself (a builtin such as isinstance replaced): it is stopped then, not after
# the cell's time limit.
PROBE_AFTER, PROBE_TIMEOUT, PROBE_IDLE_CPU = 5.0, 10.0, 0.5
STOPPED_ANSWERING = "the kernel stopped answering"
# nbgrader 0.9.6's Gradebook.add_submission reads a relationship while its new objects are not yet in the
# session; SQLAlchemy 2 then warns, and the objects are added right after. Harmless, and printed three times
# per submission, it reads as a failure. Our own calls avoid it (no_autoflush, `_record`); nbgrader's own call
# in the grading worker is silenced by this exact message.
SUBMISSION_NOT_IN_SESSION = (r"Object of type <Submitted(Assignment|Notebook)> not in session, add operation along "
                             r"'(Student|Assignment|Notebook)\.submissions' will not proceed")


class GradingError(WorkbenchError):
    """An instructor's command could not be carried out (the message says what to fix)."""


@dataclass
class Outcome:
    """What happened to one submission in an autograde round."""

    student: str
    status: str          # "graded" or "zero"
    reason: str = ""     # why it got zero, or which tests were not counted (feedback and grade export say it)
    seconds: float = 0.0


def assignments(course_dir: Path = COURSE_SOURCE) -> dict[str, Path]:
    """Assignment name -> course notebook, for every notebook that has autograded exercises.

    >>> "l3-04_lora_by_hand" in assignments()
    True
    """
    from workbench import exercises
    import nbformat

    found = {}
    for path in sorted(course_dir.glob("level*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if any(exercises.is_test_cell(c) for c in nb.cells):
            level = re.match(r"level(\d+)", path.parent.name).group(1)
            found[f"l{level}-{path.stem}"] = path
    return found


def default_jobs() -> int:
    """How many submissions `autograde` grades at once by default: one per core, as many as memory holds.

    Measured on 2 cores (bench/RESULTS.md, grading throughput): two jobs grade 2.2x as fast as one. Each job
    is given JOB_MEMORY_MB of the memory available now (the container's limit, when it has one).
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    available = _available_memory_mb()
    return max(1, min(cores, available // JOB_MEMORY_MB if available is not None else cores))


def _available_memory_mb() -> int | None:
    """Memory this process may still use, in MB: MemAvailable, lowered to the cgroup's limit; None if unknown."""
    try:
        meminfo = Path("/proc/meminfo").read_text()
        available = int(re.search(r"MemAvailable:\s+(\d+) kB", meminfo)[1]) // 1024
    except (OSError, TypeError):
        return None
    for limit_file, usage_file in (("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"),
                                   ("/sys/fs/cgroup/memory/memory.limit_in_bytes",
                                    "/sys/fs/cgroup/memory/memory.usage_in_bytes")):
        try:
            limit, usage = Path(limit_file).read_text().strip(), Path(usage_file).read_text().strip()
            if limit.isdigit():
                available = min(available, (int(limit) - int(usage)) // 2**20)
        except OSError:
            continue
    return available


def _worker_environment() -> dict[str, str]:
    """The instructor's environment, less everything a grading worker does not need (tokens, keys)."""
    return {k: v for k, v in os.environ.items() if k in WORKER_VARIABLES or k.startswith(sandbox.PASSED_PREFIXES)}


def _config(root: Path, exchange: Path | None = None):
    """grading/nbgrader_config.py (the one place the course's nbgrader settings live), for `root`."""
    from traitlets.config.loader import PyFileConfigLoader

    c = PyFileConfigLoader("nbgrader_config.py", path=str(REPO / "grading")).load_config()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.db_url = f"sqlite:///{root / 'gradebook.db'}"
    c.Exchange.root = str(exchange or root / "exchange")
    return c


def _api(root: Path, config=None):
    # nbgrader creates the gradebook by running `alembic`, which lives next to this Python
    bin_dir = os.path.dirname(sys.executable)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = config or _config(root)
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def _check(result: dict, what: str) -> None:
    if not result.get("success"):
        details = "\n".join(line for line in (result.get("log") or "").splitlines() if "[ERROR]" in line or "Error" in line)
        raise GradingError(f"{what} failed: {details[-2000:] or (result.get('error') or '').strip()[-2000:]}")


class Course:
    """An nbgrader course folder (source/, release/, submitted/, autograded/, feedback/, gradebook.db)."""

    def __init__(self, root: str | Path, exchange: str | Path | None = None):
        self.root = Path(root).resolve()
        self.exchange = Path(exchange).resolve() if exchange else None
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)  # hidden tests and other students' work: the instructor's eyes only

    @property
    def gradebook_path(self) -> Path:
        return self.root / "gradebook.db"

    def _gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(f"sqlite:///{self.gradebook_path}", course_id=COURSE_ID)

    @contextmanager
    def _exclusive(self, what: str):
        """Refuse to start `what` while another process generates or autogrades in this course folder.

        Two rounds at once would each rewrite the gradebook and grading notes from their own view, and
        the last one to write would silently undo the other's. The lock dies with its holder.
        """
        lock = self.root / ".workbench-grading.lock"
        fd = os.open(lock, os.O_CREAT | os.O_RDWR | os.O_NOFOLLOW, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
                raise GradingError(f"cannot {what}: {holder} is still working in {self.root}; wait until it "
                                   "finishes (or stop it) and run this again") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"`workbench grade` (process {os.getpid()}, started "
                          f"{datetime.now().strftime('%H:%M')})".encode(), 0)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    # generate and release ------------------------------------------------------------------
    def generate(self, names: list[str] | None = None) -> list[str]:
        """Copy course notebooks into source/ and generate the student versions in release/."""
        available = assignments()
        names = names or list(available)
        unknown = [n for n in names if n not in available]
        if unknown:
            raise GradingError(f"unknown assignment {', '.join(unknown)}; known: {', '.join(available)}")
        with self._exclusive("generate"):
            shutil.copy(REPO / "grading" / "nbgrader_config.py", self.root / "nbgrader_config.py")
            api = _api(self.root)
            for name in names:
                folder = self.root / "source" / name
                folder.mkdir(parents=True, exist_ok=True)
                shutil.copy(available[name], folder / available[name].name)
                _check(api.generate_assignment(name), f"generating {name}")
        return names

    def release(self, name: str) -> Path:
        """Put the generated assignment into the exchange (a shared volume or ngshare) for students."""
        exchange = self.exchange or self.root / "exchange"
        exchange.mkdir(parents=True, exist_ok=True)
        os.chmod(exchange, 0o777)
        _check(_api(self.root, _config(self.root, exchange)).release_assignment(name), f"releasing {name}")
        return exchange

    def notebook_names(self, name: str) -> list[str]:
        names = sorted(p.name for p in (self.root / "release" / name).glob("*.ipynb"))
        if not names:
            raise GradingError(f"assignment {name} has not been generated; run `workbench grade generate {name}`")
        return names

    # collect -------------------------------------------------------------------------------
    def collect_exchange(self, name: str) -> None:
        """Collect what students submitted through the exchange."""
        exchange = self.exchange or self.root / "exchange"
        if not (exchange / COURSE_ID / "inbound").is_dir():
            raise GradingError(f"nothing was submitted through {exchange} (it has no {COURSE_ID}/inbound folder): "
                               f"release the assignment there first (`workbench grade release {name} --exchange "
                               f"{exchange}`), or collect an LMS download with --zip")
        _check(_api(self.root, _config(self.root, self.exchange)).collect(name), f"collecting {name}")

    def collect_zip(self, name: str, zip_path: str | Path, pattern: str | None = None, log=print) -> Collected:
        """Unpack an LMS download (a zip of student notebooks) into submitted/STUDENT/NAME/.

        `pattern` is a regular expression with a `student` group, matched against each file's path
        in the zip. By default: Moodle's "NAME_NUMBER_assignsubmission_..." (a file or a folder),
        else the file name up to its first underscore, as Canvas exports start. A name that is not a
        folder-safe id ("Nguyễn Văn An", as Moodle writes it) becomes one ("nguyen-van-an"). Each
        name and LMS number keeps its id from one collect to the next (lms_students.json), and a
        second student with the same name gets the number added ("nguyen-van-an-1234567"). Nothing
        is extracted outside the course folder; a student with several notebooks keeps the newest.
        What cannot be collected (no student id, not a notebook, too big, older than the submission
        already collected) is left out and reported, and everyone else is still collected.
        """
        expected = self.notebook_names(name)
        if len(expected) != 1:
            raise GradingError(f"{name} has {len(expected)} notebooks; collect_zip handles one-notebook assignments")
        try:
            regexes = [re.compile(pattern)] if pattern else LMS_FILE_NAMES
        except re.error as exc:
            raise GradingError(f"--pattern {pattern!r} is not a regular expression ({exc})") from exc
        if "student" not in regexes[0].groupindex:
            raise GradingError(f"--pattern {pattern!r} has no (?P<student>...) group to say where the student id is")
        try:
            archive = zipfile.ZipFile(zip_path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise GradingError(f"{zip_path} is not a readable zip file ({exc}); download it again from the LMS") from exc
        registry = self.lms_students()
        with archive:
            files = [info for info in archive.infolist() if not info.is_dir() and "__MACOSX" not in info.filename]
            notebooks = [info for info in files if info.filename.endswith(".ipynb")]
            if not notebooks:
                raise GradingError(f"{zip_path} holds no notebooks (.ipynb files): "
                                   f"{', '.join(info.filename for info in files[:5]) or 'it is empty'}")
            chosen, skipped, keys = _attribute(files, regexes, registry, generic_names=[Path(expected[0]).stem])
            if not chosen:
                raise GradingError(f"{zip_path}: no notebook could be collected; " + "; ".join(
                    f"'{file}': {why}" for file, why in list(skipped.items())[:3]) +
                    " (pass --pattern with a (?P<student>...) group that matches the LMS's file names)")
            for student, info in sorted(chosen.items()):
                folder = self.root / "submitted" / student / name
                stamp = datetime(*info.date_time)   # zips keep local time without a zone; taken as UTC
                earlier = _collected_at(folder / "timestamp.txt")
                if info.file_size > MAX_NOTEBOOK_BYTES:
                    skipped[info.filename] = (f"{info.file_size / 2**20:.1f} MB, over the {MAX_NOTEBOOK_BYTES // 2**20} "
                                              f"MB limit; ask {student} to clear the outputs and submit again")
                elif earlier and earlier > stamp:
                    skipped[info.filename] = (f"older ({stamp:%Y-%m-%d %H:%M}) than {student}'s submission already "
                                              f"collected ({earlier:%Y-%m-%d %H:%M}), which is kept; to collect this "
                                              f"one instead, delete {folder} first")
                else:
                    tmp = folder.with_name(folder.name + ".tmp")
                    shutil.rmtree(tmp, ignore_errors=True)
                    tmp.mkdir(parents=True)
                    (tmp / expected[0]).write_bytes(archive.read(info))
                    (tmp / "timestamp.txt").write_text(stamp.strftime("%Y-%m-%d %H:%M:%S.%f UTC"), encoding="utf-8")
                    replace_folder(tmp, folder)
        collected_ids = sorted(s for s, info in chosen.items() if info.filename not in skipped)
        registry.update({s: {"name": keys[s][0], "number": keys[s][1]} for s in collected_ids})
        write_text_atomically(self.root / LMS_STUDENTS_FILE, json.dumps(registry, ensure_ascii=False, indent=1,
                                                                        sort_keys=True))
        collected = Collected(collected_ids, {s: keys[s][0] for s in collected_ids if keys[s][0] != s}, skipped)
        for student, lms_name in collected.renamed.items():
            log(f"{lms_name!r} in the zip is student id {student}")
        for file, why in skipped.items():
            log(f"NOT collected: '{file}': {why}")
        return collected

    def lms_students(self) -> dict:
        """student id -> {"name": as the LMS wrote it, "number": the LMS's number for them, or ""}."""
        path = self.root / LMS_STUDENTS_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def students(self, name: str) -> list[str]:
        submitted = self.root / "submitted"
        return sorted(p.parent.name for p in submitted.glob(f"*/{name}") if p.is_dir() and STUDENT_ID.match(p.parent.name))

    # autograde -----------------------------------------------------------------------------
    def autograde(self, name: str, students: list[str] | None = None, jobs: int | None = None, cell_timeout: int = 120,
                  notebook_timeout: int = 900, limits: sandbox.Limits | None = None, integrity_checks: bool = True,
                  log=print) -> list[Outcome]:
        """Grade every submission of `name`, `jobs` at a time (default: `default_jobs()`), each kernel in the sandbox.

        `integrity_checks` puts `workbench.integrity`'s check cell after each test; turn it off only to
        compare (bench/grading_throughput.py) or to rule it out when a score looks wrong.
        """
        limits = limits or sandbox.Limits()
        jobs = jobs or default_jobs()
        reason = sandbox.unavailable_reason()
        if reason:
            raise GradingError(f"cannot autograde safely: {reason}")
        submitted = self.students(name)
        if not submitted:
            raise GradingError(f"no submissions for {name} in {self.root / 'submitted'}; collect them first")
        missing = sorted(set(students or []) - set(submitted))
        if missing:
            raise GradingError(f"no submission of {name} from {', '.join(missing)}; those collected are from "
                               f"{', '.join(submitted)}")
        students = list(dict.fromkeys(students or submitted))
        if not (self.root / "source" / name).is_dir():
            raise GradingError(f"assignment {name} has not been generated; run `workbench grade generate {name}`")
        with self._exclusive("autograde"):
            return self._autograde(name, students, jobs, cell_timeout, notebook_timeout, limits, integrity_checks, log)

    def _autograde(self, name, students, jobs, cell_timeout, notebook_timeout, limits, checks, log) -> list[Outcome]:
        work = Path(tempfile.mkdtemp(prefix="wbgrade-"))
        os.chmod(work, 0o755)
        running = _Workers()
        outcomes: list[Outcome] = []
        try:
            for student in students:
                (work / f"course-{student}").mkdir()
                (work / f"scratch-{student}").mkdir()
            hidden_always = [self.root, REPO / "course", REPO / "grading", REPO / "tests", REPO / ".git"]

            def grade_one(student: str) -> Outcome | None:
                if running.stopped:
                    return None
                hide = hidden_always + [p for p in work.iterdir() if p.name != f"scratch-{student}"]
                with sandbox.lease_uid() as uid:  # unique among every kernel graded on this machine now
                    return self._grade_in_worker(name, student, work, hide, cell_timeout, notebook_timeout, limits,
                                                 uid=uid, checks=checks, running=running)

            pool = ThreadPoolExecutor(max_workers=max(1, jobs))
            try:
                for outcome in pool.map(grade_one, students):
                    if outcome is None:
                        continue
                    with _interrupt_after():   # a Ctrl-C never leaves a submission half-written in the gradebook
                        self._record(name, outcome, work)   # the only writer of the real gradebook
                        outcomes.append(outcome)
                        log(f"{outcome.student}: {outcome.status}"
                            f"{' - ' + outcome.reason if outcome.reason else ''} ({outcome.seconds:.0f} s)")
            except KeyboardInterrupt:
                running.stop()   # no new workers; the running ones are killed, their kernels die with them
                pool.shutdown(wait=True, cancel_futures=True)
                done = ", ".join(o.student for o in outcomes) or "none"
                raise GradingError(f"stopped by the user: {len(outcomes)} of {len(students)} submissions graded and "
                                   f"recorded ({done}); the others keep the grades they had; run the same command "
                                   "again to grade them") from None
            finally:
                pool.shutdown(wait=True)
            return outcomes
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _grade_in_worker(self, name, student, work, hide, cell_timeout, notebook_timeout, limits, uid,
                         checks, running: "_Workers") -> Outcome:
        started = time.perf_counter()
        course = work / f"course-{student}"
        shutil.copytree(self.root / "source" / name, course / "source" / name)
        shutil.copytree(self.root / "submitted" / student / name, course / "submitted" / student / name)
        shutil.copy(self.gradebook_path, course / "gradebook.db")
        job = {"course": str(course), "assignment": name, "student": student, "scratch": str(work / f"scratch-{student}"),
               "hide": [str(p) for p in hide], "cell_timeout": cell_timeout, "limits": asdict(limits), "uid": uid,
               "checks": checks}
        stderr_file = course / "worker-stderr.txt"
        with open(stderr_file, "w", encoding="utf-8") as stderr_out:  # a file, not a pipe a stray kernel could hold open
            proc = running.start([sys.executable, "-m", "workbench.grading", json.dumps(job)], stderr_out,
                                 env=_worker_environment())
        try:
            proc.wait(timeout=notebook_timeout)
        except subprocess.TimeoutExpired:
            running.kill(proc)
            return Outcome(student, "zero", f"stopped after {notebook_timeout} s, the time limit for the whole notebook",
                           time.perf_counter() - started)
        finally:
            running.forget(proc)
        stderr = stderr_file.read_text(encoding="utf-8", errors="replace")
        result_file = course / "result.json"
        result = json.loads(result_file.read_text()) if result_file.exists() else {}
        seconds = time.perf_counter() - started
        if proc.returncode != 0 or not result.get("success"):
            return Outcome(student, "zero", _explain(result.get("error", "") + stderr[-3000:]), seconds)
        not_counted = [f"{grade_id} ({why})" for failed in result.get("not_counted", {}).values()
                       for grade_id, why in failed.items()]
        reason = "tests not counted, because the notebook changed how they work: " + "; ".join(not_counted)
        return Outcome(student, "graded", reason if not_counted else "", seconds)

    def _record(self, name: str, outcome: Outcome, work: Path) -> None:
        from nbgrader.api import MissingEntry

        gb = self._gradebook()
        try:
            gb.update_or_create_student(outcome.student)
            try:
                gb.remove_submission(name, outcome.student)
            except MissingEntry:
                pass
            stamp = self.root / "submitted" / outcome.student / name / "timestamp.txt"
            kwargs = {"timestamp": stamp.read_text().strip()} if stamp.exists() else {}
            with gb.db.no_autoflush:   # nbgrader's add_submission reads before it adds (SUBMISSION_NOT_IN_SESSION)
                submission = gb.add_submission(name, outcome.student, **kwargs)
            if outcome.status == "graded":
                _copy_grades(work / f"course-{outcome.student}", gb, name, outcome.student)
                _copy_folder(work / f"course-{outcome.student}" / "autograded" / outcome.student / name,
                             self.root / "autograded" / outcome.student / name)
            else:
                # an earlier round's graded copy no longer matches the gradebook: the feedback must not show it
                shutil.rmtree(self.root / "autograded" / outcome.student / name, ignore_errors=True)
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        if grade.cell.cell_type == "code":
                            grade.auto_score = 0.0
                gb.db.commit()
        finally:
            gb.close()
        notes_path = self.root / NOTES_FILE
        notes = json.loads(notes_path.read_text(encoding="utf-8")) if notes_path.exists() else {}
        notes.setdefault(name, {})[outcome.student] = outcome.reason
        write_text_atomically(notes_path, json.dumps(notes, indent=1, ensure_ascii=False))

    # feedback and export -------------------------------------------------------------------
    def feedback(self, name: str) -> list[Path]:
        """HTML feedback for every graded submission; a short page with the reason for the others."""
        api = _api(self.root)
        notes = self.notes().get(name, {})
        written = []
        for student in self.students(name):
            folder = self.root / "feedback" / student / name
            graded = self.root / "autograded" / student / name
            if notes.get(student) and not graded.is_dir():
                tmp = folder.with_name(folder.name + ".tmp")
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir(parents=True)
                for nb in self.notebook_names(name):
                    page = tmp / nb.replace(".ipynb", ".html")
                    page.write_text(_zero_page(name, student, notes[student]), encoding="utf-8")
                replace_folder(tmp, folder)
            elif graded.is_dir():
                _check(api.generate_feedback(name, student), f"feedback for {student}")
            else:
                continue
            written += sorted(folder.glob("*.html"))
        return written

    def notes(self) -> dict:
        path = self.root / NOTES_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def export(self, csv_path: str | Path) -> Path:
        """One row per collected submission: scores, what still needs a human, why a submission got
        zero, the student's name and number in the LMS, and whether the grade is up to date (`status`
        is "graded", or says which command to run)."""
        gb = self._gradebook()
        notes, lms = self.notes(), self.lms_students()
        rows = []
        try:
            for assignment in gb.assignments:
                graded = {}
                for submission in assignment.submissions:
                    graded[submission.student.id] = submission
                for student in sorted(set(graded) | set(self.students(assignment.name))):
                    submission = graded.get(student)
                    collected = _collected_at(self.root / "submitted" / student / assignment.name / "timestamp.txt")
                    if submission is None:
                        status = "not graded yet: run autograde"
                    elif collected and submission.timestamp and collected != submission.timestamp:
                        status = "collected again after grading: run autograde"
                    else:
                        status = "graded"
                    rows.append({
                        "assignment": assignment.name, "student": student,
                        "lms_name": lms.get(student, {}).get("name", student),
                        "lms_number": lms.get(student, {}).get("number", ""), "status": status,
                        "timestamp": submission.timestamp.isoformat() if submission and submission.timestamp else "",
                        "score": round(submission.score, 3) if submission else "",
                        "max_score": round(assignment.max_score, 3),
                        "code_score": round(submission.code_score, 3) if submission else "",
                        "needs_manual_grade": bool(submission.needs_manual_grade) if submission else "",
                        "note": notes.get(assignment.name, {}).get(student, "") if submission else "",
                    })
        finally:
            gb.close()
        table = io.StringIO(newline="")
        writer = csv.DictWriter(table, fieldnames=["assignment", "student", "lms_name", "lms_number", "status",
                                                   "timestamp", "score", "max_score", "code_score",
                                                   "needs_manual_grade", "note"])
        writer.writeheader()
        writer.writerows(rows)
        # with a byte-order mark: Excel then reads the Vietnamese names as UTF-8 (LMS imports accept it too)
        return write_text_atomically(csv_path, "\ufeff" + table.getvalue())


def _collected_at(stamp: Path) -> datetime | None:
    """When a collected submission was submitted (UTC, naive, as nbgrader stores it), or None."""
    from nbgrader.utils import parse_utc

    try:
        return parse_utc(stamp.read_text(encoding="utf-8").strip())
    except (OSError, ValueError, OverflowError):
        return None


@dataclass
class Collected:
    """What collect_zip took from an LMS zip: the ids collected, which came from names, what was left out."""
    students: list[str]
    renamed: dict[str, str]   # student id -> the name in the zip it was made from
    skipped: dict[str, str]   # file in the zip -> why it was not collected


def _student_id(name: str) -> str | None:
    """A folder-safe id for a name taken from a file name ("Nguyễn Văn An" -> "nguyen-van-an"), or None."""
    if STUDENT_ID.match(name):
        return name
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    if not re.fullmatch(r"[A-Za-z0-9 .'-]+", plain):
        return None
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:64].rstrip("-")
    return slug if STUDENT_ID.match(slug) else None


def _attribute(files: list, regexes: list[re.Pattern], registry: dict, generic_names: list[str]):
    """Which notebook in the zip each student id gets (the newest of theirs), which files get none and
    why, and the (name, LMS number) of each id.

    Files are grouped by id and by the LMS number after the name, so two students with one name
    (common in Vietnam) are never merged; a (name, number) seen in an earlier collect keeps its id
    (`registry`, from lms_students.json). `generic_names`: file names without a student in them (the
    assignment's own notebook name), which the generic pattern would otherwise read an id from.
    """
    groups: dict[tuple[str, str], list] = {}   # (id from the name, LMS number or "") -> [(name, ZipInfo)]
    skipped: dict[str, str] = {}
    others: dict[tuple[str, str], list] = {}   # the same, for files that are not notebooks
    for info in files:
        match = next(filter(None, (regex.search(info.filename) for regex in regexes)), None)
        student = match.groupdict().get("student") if match else None
        student = unicodedata.normalize("NFC", student) if student else student   # zips made on macOS use NFD
        base = info.filename.rsplit("/", 1)[-1]
        if student and match.re is LMS_FILE_NAMES[-1] and base.startswith(tuple(generic_names)):
            student = None   # "02_what_it_costs.ipynb": the notebook's own name, no student in it
        if not student or not _student_id(student):
            if info.filename.endswith(".ipynb"):
                skipped[info.filename] = ("cannot read a student id from it with the pattern "
                                          + " or ".join(repr(regex.pattern) for regex in regexes) if not student
                                          else f"{student!r} cannot be turned into a student id (letters, digits, . _ -)")
            continue
        number = match.groupdict().get("number") or re.match(r"(?i)(?:late_)?(\d*)", info.filename[match.end():])[1]
        key = (_student_id(student), number)
        (groups if info.filename.endswith(".ipynb") else others).setdefault(key, []).append((student, info))
    for key, entries in others.items():
        if key not in groups:   # a PDF or a .py instead of the notebook: say so, or the student just vanishes
            for _, info in entries:
                skipped[info.filename] = (f"not a notebook; ask {entries[0][0]!r} to submit the .ipynb file "
                                          "downloaded from Jupyter")
    known = {(_student_id(entry["name"]), entry["number"]): student for student, entry in registry.items()}
    taken = set(registry)
    by_slug: dict[str, list] = {}
    for slug, number in groups:
        by_slug.setdefault(slug, []).append(number)
    chosen, keys = {}, {}
    for slug, numbers in by_slug.items():
        names = sorted({name for number in numbers for name, _ in groups[(slug, number)]})
        registered = [n for (s, n) in known if s == slug]
        if "" in numbers and (len(numbers) > 1 or len(names) > 1 or any(registered)):
            for number in numbers:
                for _, info in groups[(slug, number)]:
                    skipped[info.filename] = (" and ".join(map(repr, names)) + f" cannot be told apart (student id "
                                              f"{slug}); pass --pattern with a (?P<student>...) group that does")
            continue
        for number in sorted(numbers, key=lambda n: (slug, n) not in known):   # known ones first keep their ids
            if (slug, number) in known:
                student = known[(slug, number)]
            elif len(numbers) == 1 and slug not in taken:
                student = slug
            else:
                student = f"{slug[:63 - len(number)]}-{number}"
            taken.add(student)
            name, info = max(groups[(slug, number)], key=lambda pair: pair[1].date_time)
            chosen[student], keys[student] = info, (name, number)
    return chosen, skipped, keys


@contextmanager
def _interrupt_after():
    """Hold a Ctrl-C that arrives inside the block until the block has finished (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed = []
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


class _Workers:
    """The grading worker processes running now, so that stopping a round stops all of them."""

    def __init__(self):
        self._lock = threading.Lock()
        self._procs: set[subprocess.Popen] = set()
        self.stopped = False

    def start(self, command: list[str], stderr, env: dict[str, str]) -> subprocess.Popen:
        with self._lock:
            if self.stopped:
                raise KeyboardInterrupt
            # its own session: a Ctrl-C in the instructor's terminal reaches this process, which then stops it
            proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True, env=env)
            self._procs.add(proc)
            return proc

    def kill(self, proc: subprocess.Popen) -> None:
        """Kill the worker's whole process group; the sandboxed kernel dies with its parent (PDEATHSIG)."""
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()

    def forget(self, proc: subprocess.Popen) -> None:
        with self._lock:
            self._procs.discard(proc)

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            procs = list(self._procs)
        for proc in procs:
            self.kill(proc)


def _copy_folder(source: Path, target: Path) -> None:
    """Copy `source` to `target`, replacing it whole (a reader never sees half a folder)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + f".tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(source, tmp)
    replace_folder(tmp, target)


def _copy_grades(worker_course: Path, gb, name: str, student: str) -> None:
    """Copy one student's scores and comments from a worker's gradebook into the real one."""
    from nbgrader.api import Gradebook

    theirs = Gradebook(f"sqlite:///{worker_course / 'gradebook.db'}", course_id=COURSE_ID)
    try:
        for notebook in theirs.find_submission(name, student).notebooks:
            ours = gb.find_submission_notebook(notebook.name, name, student)
            ours.flagged = notebook.flagged
            for grade in notebook.grades:
                mine = gb.find_grade(grade.name, notebook.name, name, student)
                mine.auto_score, mine.manual_score = grade.auto_score, grade.manual_score
                mine.extra_credit, mine.needs_manual_grade = grade.extra_credit, grade.needs_manual_grade
            for comment in notebook.comments:
                mine = gb.find_comment(comment.name, notebook.name, name, student)
                mine.auto_comment, mine.manual_comment = comment.auto_comment, comment.manual_comment
        gb.db.commit()
    finally:
        theirs.close()


def _explain(error: str) -> str:
    """One sentence a student can act on, from what the worker reported."""
    if STOPPED_ANSWERING in error:
        return (f"{STOPPED_ANSWERING} while a cell ran: it was alive but idle and no longer replied, which happens "
                "when a notebook breaks Python itself (for example by replacing a builtin such as isinstance), "
                "so its tests could not run")
    if "DeadKernelError" in error or "Kernel died" in error or "kernel died" in error.lower():
        return ("the notebook's Python process stopped (it called exit, used more than its CPU time or memory, "
                "or crashed), so its tests could not run")
    if any(sign in error for sign in ("NotJSONError", "Notebook does not appear to be JSON", "JSONDecodeError",
                                      "UnicodeDecodeError", "The notebook is invalid")):
        return "the submitted file is not a readable notebook; save it from Jupyter and submit it again"
    if "CellTimeoutError" in error or "Timeout" in error:
        return "a cell did not finish within the time limit"
    if "Inconsistent checksums" in error or "KeyError: 'grade_id'" in error:   # nbgrader's OverwriteCells
        return ("the notebook's grading settings were changed (a test or answer cell was copied, renamed, or had "
                "its nbgrader metadata edited), so it could not be graded; download the assignment again, copy "
                "your answers into it and submit that")
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    # the error nbgrader raised, not the library warnings printed after it
    raised = [line for line in lines if re.match(r"[\w.]*(Error|Exception): ", line) and "NbGraderException" not in line]
    last = raised or lines
    return "the notebook could not be graded: " + (last[-1][:300] if last else "unknown error")


def _zero_page(name: str, student: str, reason: str) -> str:
    import html

    return (f"<!doctype html><meta charset='utf-8'><title>{html.escape(name)} - {html.escape(student)}</title>"
            f"<h1>{html.escape(name)}: 0 points on the autograded parts</h1>"
            f"<p>Your submission could not be graded automatically: {html.escape(reason)}.</p>"
            "<p>Fix this and submit again, or ask your instructor.</p>")


def _worker(job: dict) -> int:
    """Run nbgrader's autograde for one submission in its own course copy (a child process)."""
    course, scratch = Path(job["course"]), Path(job["scratch"])
    sandbox.scratch_on_tmpfs(scratch, job["limits"].get("disk_mb", sandbox.Limits.disk_mb))
    kernels = course / "kernels"
    sandbox.install_kernelspec(kernels / "kernels")
    os.environ["JUPYTER_PATH"] = str(kernels)
    os.environ[sandbox.ENV_SCRATCH] = str(scratch)
    os.environ[sandbox.ENV_HIDE] = os.pathsep.join(job["hide"])
    os.environ[sandbox.ENV_LIMITS] = json.dumps(job["limits"])
    os.environ[sandbox.ENV_UID] = str(job["uid"])
    config = _config(course)
    config.Execute.kernel_name = sandbox.KERNEL_NAME
    config.Execute.timeout = job["cell_timeout"]
    config.Execute.startup_timeout = 120
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = str(scratch / "kernel")
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import DeduplicateIds, Execute
    from sqlalchemy.exc import SAWarning

    warnings.filterwarnings("ignore", message=SUBMISSION_NOT_IN_SESSION, category=SAWarning)
    sanitize = [_deduplicate_ids() if step is DeduplicateIds else step
                for step in Autograde.sanitize_preprocessors.default()]
    config.Autograde.autograde_preprocessors = [_watched_execute() if step is Execute else step
                                                for step in Autograde.autograde_preprocessors.default()]
    nonces = {}
    if job["checks"]:
        add_checks, nonces = _integrity_checks(course, job["assignment"], job["student"])
        sanitize.append(add_checks)
    config.Autograde.sanitize_preprocessors = sanitize
    result = _api(course, config).autograde(job["assignment"], job["student"])
    error = result.get("error") or ""
    log = result.get("log") or ""
    graded = course / "autograded" / job["student"] / job["assignment"]
    success = bool(result.get("success")) and graded.is_dir()
    for problem in ("DeadKernelError", "Kernel died", "NotJSONError", "Notebook does not appear to be JSON"):
        if problem in log:
            success, error = False, error + "\n" + problem
    not_counted = _apply_integrity_checks(course, job["assignment"], job["student"], nonces) if success else {}
    (course / "result.json").write_text(json.dumps({"success": success, "error": error + log[-3000:],
                                                    "not_counted": not_counted}))
    return 0


def _watched_execute():
    """nbgrader's Execute, which also stops a notebook whose kernel is alive but no longer answers.

    nbclient notices a kernel that died, but one that a notebook broke (builtins.isinstance replaced: the
    kernel can no longer send a reply) stays alive and idle, and was only given up after the cell's time
    limit, as "a cell did not finish". While a cell runs, this asks the kernel on its control channel, which
    answers even while a cell computes; no answer within PROBE_TIMEOUT s while the kernel used no CPU
    means it stopped answering, and the notebook stops at once, with that reason.
    """
    import asyncio
    from time import monotonic

    from nbclient.exceptions import DeadKernelError
    from nbclient.util import run_sync
    from nbgrader.preprocessors import Execute

    class WatchedExecute(Execute):
        _probe: dict = {}

        async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
            self._probe = {"since": monotonic(), "stopped": False}
            try:
                return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
            except (DeadKernelError, asyncio.CancelledError):
                if self._probe.get("stopped"):
                    raise DeadKernelError(f"{STOPPED_ANSWERING}: no reply for {PROBE_TIMEOUT:.0f} s while idle "
                                          f"(cell {cell_index})") from None
                raise

        execute_cell = run_sync(async_execute_cell)   # nbclient binds its own coroutine here, not an override

        async def _async_check_alive(self):   # nbclient calls this every second while a cell runs
            await super()._async_check_alive()
            probe, now = self._probe, monotonic()
            if not probe or now - probe["since"] < PROBE_AFTER:
                return
            if await self._answered():
                self._probe = {"since": now, "stopped": False}
            elif "sent" not in probe:
                self._ask(now)
            elif now - probe["sent"] >= PROBE_TIMEOUT:
                if _tree_cpu_seconds(getattr(self.km.provisioner, "pid", None)) - probe["cpu"] < PROBE_IDLE_CPU:
                    probe["stopped"] = True
                    raise DeadKernelError(STOPPED_ANSWERING)
                self._ask(now)   # busy in one long call that holds Python's lock: ask again, the time limit decides

        def _ask(self, now: float) -> None:
            self.kc.control_channel.send(self.kc.session.msg("kernel_info_request"))
            self._probe.update(sent=now, cpu=_tree_cpu_seconds(getattr(self.km.provisioner, "pid", None)))

        async def _answered(self) -> bool:
            from queue import Empty

            answered = False
            while True:
                try:
                    msg = await self.kc.control_channel.get_msg(timeout=0)
                except Empty:
                    return answered
                answered = answered or msg["msg_type"] == "kernel_info_reply"

    return WatchedExecute


def _tree_cpu_seconds(pid: int | None) -> float:
    """CPU seconds used so far by process `pid` and all its descendants (the sandbox launcher and the kernel)."""
    if pid is None:
        return 0.0
    parents, cpu = {}, {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    tree, frontier = {pid}, [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier and child not in tree]
        tree.update(frontier)
    return sum(cpu.get(p, 0.0) for p in tree)


def _deduplicate_ids():
    """nbgrader's DeduplicateIds, except that a copied cell loses its nbgrader metadata altogether.

    nbgrader 0.9.6 leaves `nbgrader: {}` on the copy and then fails on its missing grade_id
    (OverwriteCells.add_missing_task_cells): one pasted test cell zeroed the whole notebook. Kept as
    nbgrader keeps it: the last cell with an id is graded; the copies run as plain code.
    """
    from nbgrader.preprocessors import DeduplicateIds

    class KeepOneCellPerGradeId(DeduplicateIds):
        def preprocess_cell(self, cell, resources, index):
            cell, resources = super().preprocess_cell(cell, resources, index)
            if "nbgrader" in cell.metadata and "grade_id" not in cell.metadata.nbgrader:
                del cell.metadata["nbgrader"]
            return cell, resources

    return KeepOneCellPerGradeId


def _integrity_checks(course: Path, name: str, student: str):
    """nbgrader's last sanitize step, which puts a check cell after each test cell; and each notebook's nonce.

    It runs on the notebook as nbgrader will execute it, not on the file as submitted: a test cell the
    student deleted, renamed or turned into markdown is put back by nbgrader and must be checked too.
    """
    import nbformat

    nonce = secrets.token_hex(8)

    def add_checks(nb, resources):
        source = course / "source" / name / f"{resources['nbgrader']['notebook']}.ipynb"
        if source.exists():
            nb, _ = integrity.add_checks(nb, nbformat.read(source, as_version=4), nonce)
        return nb, resources

    submitted = (course / "submitted" / student / name).glob("*.ipynb")
    return add_checks, {path.name: nonce for path in submitted if (course / "source" / name / path.name).exists()}


def _apply_integrity_checks(course: Path, name: str, student: str, nonces: dict) -> dict:
    """Take the check cells out of the graded notebooks; zero each test whose check failed, saying why."""
    import nbformat
    from nbgrader.api import Gradebook

    not_counted = {}
    for notebook, nonce in nonces.items():
        path = course / "autograded" / student / name / notebook
        nb, failed = integrity.take_checks(nbformat.read(path, as_version=4), nonce)
        if failed:
            gb = Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id=COURSE_ID)
            try:
                for grade_id in failed:
                    gb.find_grade(grade_id, path.stem, name, student).auto_score = 0.0
                gb.db.commit()
            finally:
                gb.close()
            for cell in nb.cells:
                grade_id = nbgrader_meta(cell).get("grade_id")
                if grade_id in failed:
                    why = (f"this test was not counted: before it ran, the notebook changed how tests work "
                           f"({failed[grade_id]})")
                    # HTML feedback shows an error's traceback lines, not its evalue
                    cell.outputs = [nbformat.v4.new_output("error", ename="NotCounted", evalue=why,
                                                           traceback=[f"NotCounted: {why}"])]
            not_counted[notebook] = failed
        nbformat.write(nb, path)
    return not_counted


if __name__ == "__main__":
    sys.exit(_worker(json.loads(sys.argv[1])))
