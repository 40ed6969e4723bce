"""Collecting an LMS zip: ids from the names LMSs write, and no student lost because of another's file."""

import csv
import json
import shutil
import unicodedata
import zipfile

import pytest

from workbench import cli, grading

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    course = grading.Course(tmp_path_factory.mktemp("collect") / "course")
    course.generate([ASSIGNMENT])
    return course.root


@pytest.fixture
def course(generated, tmp_path):
    """A fresh copy of the generated course: collecting changes it (ids, submissions)."""
    shutil.copytree(generated, tmp_path / "course")
    return grading.Course(tmp_path / "course")


def _zip(path, files: dict) -> str:
    """files: name in the zip -> (text, date_time)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, (text, when) in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=when), text)
    return str(path)


def _submitted(course, student) -> str:
    return (course.root / "submitted" / student / ASSIGNMENT / NOTEBOOK).read_text(encoding="utf-8")


NB = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
DAY1, DAY2 = (2026, 12, 1, 9, 0, 0), (2026, 12, 2, 9, 0, 0)


def test_moodle_names_with_vietnamese_letters_become_ids(course, tmp_path):
    # catches: "Nguyễn Văn An_..." (Moodle writes full names) stopping the collection of the whole class
    archive = _zip(tmp_path / "moodle.zip", {
        f"Nguyễn Văn An_1234567_assignsubmission_file_{NOTEBOOK}": (NB + " ", DAY1),
        f"Đặng Thị Bích_7654321_assignsubmission_file_{NOTEBOOK}": (NB, DAY1),
        f"Lê Minh_1111111_assignsubmission_file/{NOTEBOOK}": (NB, DAY1),   # "download submissions in folders"
        f"s2026001_2222222_3333333_{NOTEBOOK}": (NB, DAY1)})
    logged = []
    collected = course.collect_zip(ASSIGNMENT, archive, log=logged.append)
    assert collected.students == ["dang-thi-bich", "le-minh", "nguyen-van-an", "s2026001"]
    assert collected.renamed["nguyen-van-an"] == "Nguyễn Văn An" and "s2026001" not in collected.renamed
    assert not collected.skipped and _submitted(course, "nguyen-van-an") == NB + " "
    assert any("'Nguyễn Văn An' in the zip is student id nguyen-van-an" in line for line in logged)


def test_two_students_with_one_name_are_kept_apart_by_their_lms_number(course, tmp_path):
    # catches: two classmates called Nguyễn Văn An merged into one, the older file silently dropped
    archive = _zip(tmp_path / "twins.zip", {
        f"Nguyễn Văn An_1000001_assignsubmission_file_{NOTEBOOK}": ("first " + NB, DAY2),
        f"Nguyễn Văn An_1000002_assignsubmission_file_{NOTEBOOK}": ("second " + NB, DAY1),
        f"Nguyen Van An_1000002_assignsubmission_file_old_{NOTEBOOK}": ("older " + NB, (2026, 11, 1, 0, 0, 0))})
    collected = course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)
    assert collected.students == ["nguyen-van-an-1000001", "nguyen-van-an-1000002"], collected
    assert _submitted(course, "nguyen-van-an-1000001").startswith("first")
    assert _submitted(course, "nguyen-van-an-1000002").startswith("second")   # the newest of that student's files


def test_one_student_with_several_files_keeps_the_newest_and_nfd_names_are_the_same_student(course, tmp_path):
    archive = _zip(tmp_path / "resubmit.zip", {
        f"Trần Bảo_42_assignsubmission_file_{NOTEBOOK}": ("old " + NB, DAY1),
        unicodedata.normalize("NFD", f"Trần Bảo_42_assignsubmission_file_v2_{NOTEBOOK}"): ("new " + NB, DAY2)})
    collected = course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)
    assert collected.students == ["tran-bao"] and not collected.skipped
    assert _submitted(course, "tran-bao").startswith("new")


def test_a_file_without_an_id_or_too_big_is_reported_and_the_rest_are_collected(course, tmp_path, capsys):
    # catches: one unreadable file name or one huge notebook stopping the collection for everyone
    big = " " * (grading.MAX_NOTEBOOK_BYTES + 1)
    archive = _zip(tmp_path / "mixed.zip", {
        f"hoa_12_{NOTEBOOK}": (NB, DAY1), "README.ipynb": (NB, DAY1), f"学生_13_{NOTEBOOK}": (NB, DAY1),
        f"khanh_14_{NOTEBOOK}": (big, DAY1), "notes.txt": ("not a notebook", DAY1)})
    collected = course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)
    assert collected.students == ["hoa"]
    assert set(collected.skipped) == {"README.ipynb", f"学生_13_{NOTEBOOK}", f"khanh_14_{NOTEBOOK}"}
    assert "over the 20 MB limit" in collected.skipped[f"khanh_14_{NOTEBOOK}"]
    assert not (course.root / "submitted" / "khanh").exists()
    # the command collects the rest, lists what it left out and exits non-zero so a script notices
    status = cli.main(["grade", "collect", ASSIGNMENT, "--course", str(course.root), "--zip", archive])
    out = capsys.readouterr()
    assert status == 1 and "collected 1 submissions: hoa" in out.out
    assert "NOT collected: 'README.ipynb': cannot read a student id" in out.out and "3 files were NOT" in out.err


def test_a_zip_where_no_file_can_be_attributed_is_one_clear_error(course, tmp_path):
    archive = _zip(tmp_path / "wrong.zip", {f"{i}.ipynb": (NB, DAY1) for i in range(5)})
    with pytest.raises(grading.GradingError, match=r"no notebook could be collected.*pass --pattern"):
        course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)


def test_a_pattern_that_is_not_a_regex_or_has_no_student_group_is_refused(course, tmp_path):
    archive = _zip(tmp_path / "any.zip", {f"hoa_12_{NOTEBOOK}": (NB, DAY1)})
    for pattern, message in (("(unclosed", "not a regular expression"), (r"^(\w+)_", "no \\(\\?P<student>")):
        with pytest.raises(grading.GradingError, match=message):
            course.collect_zip(ASSIGNMENT, archive, pattern=pattern)


def test_ids_stay_the_same_from_one_collect_to_the_next(course, tmp_path):
    # catches: a second zip holding only the other Nguyễn Văn An overwriting the first one's work and grade,
    # and a later zip with both giving the first a second id
    first = f"Nguyễn Văn An_1234567_assignsubmission_file_{NOTEBOOK}"
    other = f"Nguyễn Văn An_7654321_assignsubmission_file_{NOTEBOOK}"
    course.collect_zip(ASSIGNMENT, _zip(tmp_path / "1.zip", {first: ("first " + NB, DAY1)}), log=lambda *_: None)
    second = course.collect_zip(ASSIGNMENT, _zip(tmp_path / "2.zip", {other: ("other " + NB, DAY1)}),
                                log=lambda *_: None)
    assert second.students == ["nguyen-van-an-7654321"]
    assert _submitted(course, "nguyen-van-an").startswith("first")
    both = course.collect_zip(ASSIGNMENT, _zip(tmp_path / "3.zip", {first: ("first again " + NB, DAY2),
                                                                     other: ("other again " + NB, DAY2)}),
                              log=lambda *_: None)
    assert both.students == ["nguyen-van-an", "nguyen-van-an-7654321"]
    assert course.students(ASSIGNMENT) == ["nguyen-van-an", "nguyen-van-an-7654321"]
    assert course.lms_students()["nguyen-van-an"] == {"name": "Nguyễn Văn An", "number": "1234567"}


def test_an_older_file_never_replaces_a_newer_submission(course, tmp_path):
    # catches: collecting last week's zip again silently putting a student's earlier work back
    name = f"hoa_12_{NOTEBOOK}"
    course.collect_zip(ASSIGNMENT, _zip(tmp_path / "new.zip", {name: ("new " + NB, DAY2)}), log=lambda *_: None)
    old = course.collect_zip(ASSIGNMENT, _zip(tmp_path / "old.zip", {name: ("old " + NB, DAY1)}), log=lambda *_: None)
    assert old.students == [] and "older (2026-12-01 09:00) than hoa's submission" in old.skipped[name]
    assert _submitted(course, "hoa").startswith("new")


def test_a_student_who_sent_a_pdf_or_only_the_notebooks_own_name_is_reported(course, tmp_path):
    # catches: a student who uploaded a PDF vanishing from the export, and "02_what_it_costs.ipynb" (no name in it)
    # being collected as a student called "02"
    archive = _zip(tmp_path / "odd.zip", {
        f"hoa_12_{NOTEBOOK}": (NB, DAY1), "hoa_12_notes.txt": ("extra", DAY1), "minh_13_bai.pdf": ("%PDF", DAY1),
        NOTEBOOK: (NB, DAY1)})
    collected = course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)
    assert collected.students == ["hoa"]
    assert set(collected.skipped) == {"minh_13_bai.pdf", NOTEBOOK}, collected.skipped
    assert "not a notebook" in collected.skipped["minh_13_bai.pdf"]
    with pytest.raises(grading.GradingError, match="holds no notebooks"):
        course.collect_zip(ASSIGNMENT, _zip(tmp_path / "pdfs.zip", {"minh_13_bai.pdf": ("%PDF", DAY1)}))
    with pytest.raises(grading.GradingError, match="it is empty"):
        course.collect_zip(ASSIGNMENT, _zip(tmp_path / "empty.zip", {}))


def test_the_export_lists_every_collected_submission_and_says_which_grades_are_not_current(course, tmp_path, capsys):
    # catches: an export that silently leaves out collected but ungraded students (they vanish from the upload)
    course.collect_zip(ASSIGNMENT, _zip(tmp_path / "m.zip", {
        f"Đặng Thị Bích_7654321_assignsubmission_file_{NOTEBOOK}": (NB, DAY1)}), log=lambda *_: None)
    status = cli.main(["grade", "export", "--course", str(course.root), "--out", str(tmp_path / "g.csv")])
    raw = (tmp_path / "g.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())   # Excel reads the names as UTF-8 only with the mark
    (row,) = csv.DictReader(open(tmp_path / "g.csv", encoding="utf-8-sig"))
    assert row["student"] == "dang-thi-bich" and row["lms_name"] == "Đặng Thị Bích"
    assert row["lms_number"] == "7654321" and row["status"].startswith("not graded yet") and row["score"] == ""
    assert status == 1 and "not ready to upload" in capsys.readouterr().err


def test_grade_commands_refuse_what_would_go_wrong_quietly(course, tmp_path, capsys):
    # catches: a mistyped --course quietly starting a new course, a mistyped assignment or --notebook-timeout 0
    # zeroing and overwriting grades, collect from an exchange nobody released to ending in a traceback
    def run(*args):
        status = cli.main(["grade", *args])
        return status, capsys.readouterr().err

    status, err = run("autograde", ASSIGNMENT, "--course", str(tmp_path / "typo"))
    assert status == 2 and "not a course folder yet" in err and not (tmp_path / "typo").exists()
    status, err = run("collect", "l1-02_what_it_cost", "--course", str(course.root), "--zip", "x.zip")
    assert status == 2 and "did you mean 'l1-02_what_it_costs'" in err
    status, err = run("collect", ASSIGNMENT, "--course", str(course.root))
    assert status == 2 and "release the assignment there first" in err
    status, err = run("collect", ASSIGNMENT, "--course", str(course.root), "--zip", "x.zip", "--exchange", "e")
    assert status == 2 and "not both" in err
    status, err = run("export", "--course", str(course.root), "--out", str(tmp_path))
    assert status == 2 and "is a folder" in err
    for option in ("--notebook-timeout", "--cell-timeout", "--jobs"):
        with pytest.raises(SystemExit):
            cli.main(["grade", "autograde", ASSIGNMENT, "--course", str(course.root), option, "0"])
