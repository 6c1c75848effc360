"""Intake places LMS / Colab downloads for nbgrader, reports what it cannot place, and changes no input."""
import hashlib
import json
import os
import zipfile

import pytest

from autograder.course import source_notebooks
from autograder.intake import intake

ASSIGNMENT = "01_python_basics"
NOTEBOOK = source_notebooks(ASSIGNMENT)[0].name
VALID = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()


def digest(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def downloads(tmp_path):
    folder = tmp_path / "downloads"
    (folder / "week1").mkdir(parents=True)
    (folder / f"ada_{NOTEBOOK}").write_bytes(VALID)
    (folder / "week1" / "bob_my_copy_of_python_basics.ipynb").write_bytes(VALID)   # renamed by the student
    (folder / "carl_python_basics.ipynb").write_bytes(b"{not json")
    (folder / "dora_python_basics.ipynb").write_bytes(b"")
    (folder / "nounderscore.ipynb").write_bytes(VALID)
    (folder / "notes.txt").write_text("not a notebook")
    older, newer = folder / "eve_first.ipynb", folder / "eve_second.ipynb"
    older.write_bytes(VALID)
    newer.write_bytes(VALID.replace(b"{}", b'{"v": 2}'))
    os.utime(older, (1_700_000_000, 1_700_000_000))
    os.utime(newer, (1_700_000_100, 1_700_000_100))
    return folder


def test_folder_intake_places_reports_and_keeps_everything(downloads, tmp_path):
    before = digest(downloads)
    grading = tmp_path / "grading"
    report = intake(ASSIGNMENT, downloads, grading_dir=grading)
    assert digest(downloads) == before, "intake must not change its inputs"
    submitted = grading / "submitted"
    assert sorted(p.name for p in submitted.iterdir()) == ["ada", "bob", "carl", "dora", "eve"]
    for student in ("ada", "bob"):
        assert (submitted / student / ASSIGNMENT / NOTEBOOK).read_bytes() == VALID
        assert (submitted / student / ASSIGNMENT / "timestamp.txt").read_text().endswith("UTC")
    assert b'"v": 2' in (submitted / "eve" / ASSIGNMENT / NOTEBOOK).read_bytes(), "the newer submission wins"
    problems = dict(report.problems)
    assert "not a valid notebook" in problems["carl_python_basics.ipynb"]
    assert "empty file" in problems["dora_python_basics.ipynb"]
    assert "no student id" in problems["nounderscore.ipynb"]
    assert "newer submission" in problems["eve_first.ipynb"]
    unmatched = grading / "unmatched" / ASSIGNMENT
    assert (unmatched / "nounderscore.ipynb").exists() and (unmatched / "eve_first.ipynb").exists(), \
        "files that cannot be placed are kept, not dropped"
    again = intake(ASSIGNMENT, downloads, grading_dir=grading)
    assert not again.placed and len(again.unchanged) == 5, "a second intake of the same files changes nothing"


def test_zip_intake_with_custom_pattern(tmp_path):
    archive = tmp_path / "lms.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Ada Lovelace_1001_assignsubmission_file_/python_basics.ipynb", VALID)
        z.writestr("Bob Byron_1002_assignsubmission_file_/python_basics.ipynb", VALID)
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    grading = tmp_path / "grading"
    report = intake(ASSIGNMENT, archive, pattern=r"_(?P<student_id>\d+)_assignsubmission", grading_dir=grading)
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before
    assert not report.problems
    assert sorted(p.name for p in (grading / "submitted").iterdir()) == ["1001", "1002"]


def test_clear_errors_for_unknown_assignment_and_bad_pattern(downloads, tmp_path):
    with pytest.raises(ValueError, match="unknown assignment"):
        intake("07_quantum_gravity", downloads, grading_dir=tmp_path)
    with pytest.raises(ValueError, match="student_id"):
        intake(ASSIGNMENT, downloads, pattern=r"^(\w+)_", grading_dir=tmp_path)
    assert not (tmp_path / "submitted").exists()
