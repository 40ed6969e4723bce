"""Collecting an LMS zip: ids from the names LMSs write, and no student lost because of another's file."""

import json
import zipfile

import pytest

from workbench import cli, grading

ASSIGNMENT = "l1-02_what_it_costs"
NOTEBOOK = "02_what_it_costs.ipynb"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = grading.Course(tmp_path_factory.mktemp("collect") / "course")
    course.generate([ASSIGNMENT])
    return course


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
    import unicodedata

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
    with pytest.raises(grading.GradingError, match=r"no file could be collected.*pass --pattern"):
        course.collect_zip(ASSIGNMENT, archive, log=lambda *_: None)


def test_a_pattern_that_is_not_a_regex_or_has_no_student_group_is_refused(course, tmp_path):
    archive = _zip(tmp_path / "any.zip", {f"hoa_12_{NOTEBOOK}": (NB, DAY1)})
    for pattern, message in (("(unclosed", "not a regular expression"), (r"^(\w+)_", "no \\(\\?P<student>")):
        with pytest.raises(grading.GradingError, match=message):
            course.collect_zip(ASSIGNMENT, archive, pattern=pattern)
