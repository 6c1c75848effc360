"""An assignment of several notebooks (as chapter 5 is) through the whole pipeline: release, `make grade`,
feedback and export, with a submission that lacks a notebook and ones that saved a notebook under another name.

The assignment is made up and small (two notebooks with one exercise each), in a scratch copy of the course,
so that the pipeline's handling of several notebooks is tested in seconds; the commands are the course's own
(`python -m autograder ...`, what the Makefile runs).
"""
import csv
import hashlib
import os
import shutil
import subprocess
import sys

import nbformat
import pytest

from autograder.bench import solved_copy
from autograder.course import REPO

ASSIGNMENT = "90_two_notebooks"
BADGE = "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://example.org)"
EXERCISES = {"first.ipynb": ("double", "return 2 * x", "double(3) == 6"),
             "second.ipynb": ("square", "return x * x", "square(3) == 9")}


def cell(kind, source, **nbgrader):
    new = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
    made = new(source)
    made.metadata["nbgrader"] = {"schema_version": 3, "locked": False, "solution": False, "grade": False,
                                 **nbgrader}
    return made


def source_notebook(name, body, check):
    return nbformat.v4.new_notebook(cells=[
        cell("markdown", f"# {name}\n\n{BADGE}", grade_id="header", locked=True),
        cell("markdown", f"### Exercise 1: {name}(x) (1 point)", grade_id=f"{name}_statement", locked=True),
        cell("code", f"def {name}(x):\n    ### BEGIN SOLUTION\n    {body}\n    ### END SOLUTION",
             grade_id=name, solution=True),
        cell("code", f"assert {check}, 'wrong value'\n### BEGIN HIDDEN TESTS\nassert {name}(-1) != 0, 'hidden'\n"
                     "### END HIDDEN TESTS", grade_id=f"test_{name}", grade=True, locked=True, points=1),
    ])


def autograder(root, *args):
    env = dict(os.environ, COURSE_GRADING_DIR=str(root / "grading"))
    done = subprocess.run([sys.executable, "-m", "autograder", *args], cwd=root, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, f"python -m autograder {' '.join(args)}:\n{done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done.stdout


def digests(folder):
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("multi") / "course"
    shutil.copytree(REPO / "autograder", root / "autograder", ignore=shutil.ignore_patterns("__pycache__"))
    sources = {}
    for name, (function, body, check) in EXERCISES.items():
        sources[name] = source_notebook(function, body, check)
        (root / "solutions" / ASSIGNMENT).mkdir(parents=True, exist_ok=True)
        nbformat.write(sources[name], root / "solutions" / ASSIGNMENT / name)
    autograder(root, "release", ASSIGNMENT)
    solved = {name: solved_copy(sources[name], nbformat.read(root / "notebooks" / ASSIGNMENT / name, 4))
              for name in EXERCISES}
    handed_in = {"complete": {"first.ipynb": "first.ipynb", "second.ipynb": "second.ipynb"},
                 "missing": {"first.ipynb": "first.ipynb"},
                 "renamed": {"first.ipynb": "first.ipynb", "second.ipynb": "second (1).ipynb"},
                 "untitled": {"first.ipynb": "first.ipynb", "second.ipynb": "Untitled.ipynb"}}
    submitted = root / "grading" / "submitted"
    for student, files in handed_in.items():
        folder = submitted / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / "timestamp.txt").write_text("2026-11-01 12:00:00.000000 UTC")
        for name, saved_as in files.items():
            nbformat.write(solved[name], folder / saved_as)
    before = digests(submitted)
    graded = autograder(root, "grade", ASSIGNMENT, "--workers", "2")
    autograder(root, "feedback", ASSIGNMENT)
    autograder(root, "export")
    with open(root / "grading" / "grades.csv") as f:
        grades = {row["student_id"]: row for row in csv.DictReader(f)}
    return {"root": root, "graded": graded, "grades": grades, "unchanged": before == digests(submitted),
            "report": (root / "grading" / "reports" / f"{ASSIGNMENT}.txt").read_text()}


def test_release_writes_every_notebook(course):
    assert sorted(p.name for p in (course["root"] / "notebooks" / ASSIGNMENT).glob("*.ipynb")) == sorted(EXERCISES)


@pytest.mark.parametrize("student,total", [("complete", 2), ("missing", 1), ("renamed", 2), ("untitled", 2)])
def test_scores_per_student(course, student, total):
    row = course["grades"][student]
    assert float(row[f"{ASSIGNMENT}:total"]) == total, row
    assert float(row[f"{ASSIGNMENT}:test_double"]) == 1, row
    assert float(row[f"{ASSIGNMENT}:test_square"]) == total - 1, row


@pytest.mark.parametrize("student,message", [("missing", "second.ipynb: not submitted"),
                                             ("renamed", "second (1).ipynb: graded as second.ipynb"),
                                             ("untitled", "Untitled.ipynb: graded as second.ipynb")])
def test_report_says_what_happened(course, student, message):
    assert message in course["report"], course["report"]


def test_feedback_for_every_graded_notebook(course):
    feedback = course["root"] / "grading" / "feedback"
    for student in course["grades"]:
        names = sorted(p.name for p in (feedback / student / ASSIGNMENT).glob("*.html"))
        expected = ["first.html"] if student == "missing" else ["first.html", "second.html"]
        assert names == expected, f"{student}: {names}"


def test_submissions_are_not_changed(course):
    assert course["unchanged"], "grading changed or removed a submitted file"
