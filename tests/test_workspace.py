"""Students' work is never overwritten: the workspace sync and the guarded release."""
import datetime
import os
import shutil
import subprocess
import sys

import nbformat
import pytest

from autograder import release, workspace
from autograder.course import NOTEBOOKS, REPO
from course_notebooks import grade_id, read

CHAPTER = "01_python_basics"
NOTEBOOK = f"{CHAPTER}/python_basics.ipynb"
DAY = datetime.date(2026, 12, 2)


@pytest.fixture
def course(tmp_path):
    """A release folder (a copy of notebooks/) and an empty workspace."""
    shutil.copytree(NOTEBOOKS, tmp_path / "release")
    return tmp_path / "release", tmp_path / "work"


def edit_release(release_dir, text="A new paragraph from the course team."):
    """A course update: one more markdown cell in chapter 1."""
    path = release_dir / NOTEBOOK
    nb = read(path)
    nb.cells.insert(1, nbformat.v4.new_markdown_cell(text))
    nbformat.write(nb, path)
    return nb


def answer(work, text="def make_counter():\n    return 42\n"):
    """The student writes into the first answer cell and saves."""
    path = work / NOTEBOOK
    nb = read(path)
    next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")).source = text
    nbformat.write(nb, path)
    return path.read_bytes()


def test_first_use_copies_every_chapter(course):
    release_dir, work = course
    changes = workspace.sync(release_dir, work, DAY)
    assert sorted(c.notebook for c in changes if c.what == "new") == \
        sorted(p.relative_to(release_dir).as_posix() for p in release_dir.glob("*/*.ipynb"))
    copied = read(work / NOTEBOOK)
    assert [c.source for c in copied.cells] == [c.source for c in read(release_dir / NOTEBOOK).cells]
    assert copied.metadata.language_info.get("version"), "the copy carries the kernel's language_info"
    assert workspace.sync(release_dir, work, DAY) == [], "a second sync has nothing to do"


def test_saved_work_survives_an_update_and_the_update_is_offered_beside_it(course):
    release_dir, work = course
    workspace.sync(release_dir, work, DAY)
    mine = answer(work)
    update = edit_release(release_dir)
    changes = workspace.sync(release_dir, work, DAY)
    assert (work / NOTEBOOK).read_bytes() == mine, "the student's saved work was changed"
    offered = work / CHAPTER / "python_basics (update 2026-12-02).ipynb"
    assert [(c.notebook, c.what, c.detail) for c in changes] == \
        [(NOTEBOOK, "offered", offered.relative_to(work).as_posix())]
    assert [c.source for c in read(offered).cells] == [c.source for c in update.cells]
    again = workspace.sync(release_dir, work, DAY)
    assert [c.what for c in again] == ["waiting"], "the same update is offered once"
    assert sorted(p.name for p in (work / CHAPTER).glob("*.ipynb")) == ["python_basics (update 2026-12-02).ipynb",
                                                                         "python_basics.ipynb"]
    edit_release(release_dir, "A second update.")
    workspace.sync(release_dir, work, DAY)
    assert (work / CHAPTER / "python_basics (update 2026-12-02, 2).ipynb").exists(), "a later update gets its own file"
    assert (work / NOTEBOOK).read_bytes() == mine


def test_unstarted_chapter_is_updated(course):
    release_dir, work = course
    workspace.sync(release_dir, work, DAY)
    update = edit_release(release_dir)
    changes = workspace.sync(release_dir, work, DAY)
    assert [(c.notebook, c.what) for c in changes] == [(NOTEBOOK, "updated")]
    assert [c.source for c in read(work / NOTEBOOK).cells] == [c.source for c in update.cells]


def test_run_but_unedited_chapter_counts_as_not_started(course):
    release_dir, work = course
    workspace.sync(release_dir, work, DAY)
    nb = read(work / NOTEBOOK)
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="Python 3.11\n")]
    nb.cells[1].execution_count = 1
    nbformat.write(nb, work / NOTEBOOK)
    edit_release(release_dir)
    assert [c.what for c in workspace.sync(release_dir, work, DAY)] == ["updated"]


def test_copy_of_unknown_origin_is_kept(course):
    """A workspace notebook that the sync did not make (no record) and that differs is treated as started."""
    release_dir, work = course
    workspace.sync(release_dir, work, DAY)
    mine = answer(work)
    (work / workspace.MANIFEST).unlink()
    workspace.sync(release_dir, work, DAY)
    assert (work / NOTEBOOK).read_bytes() == mine


def test_deleted_chapter_comes_back(course):
    release_dir, work = course
    workspace.sync(release_dir, work, DAY)
    (work / NOTEBOOK).unlink()
    assert [(c.notebook, c.what) for c in workspace.sync(release_dir, work, DAY)] == [(NOTEBOOK, "new")]


@pytest.fixture
def released(tmp_path):
    """notebooks/ of chapter 1 released into a scratch folder, with its own grading folder."""
    release_dir, grading = tmp_path / "release", tmp_path / "grading"
    release.release(CHAPTER, release_dir=release_dir, grading=grading)
    return release_dir, grading


def test_release_matches_nbgrader_and_repeats(released):
    release_dir, grading = released
    written = release.release(CHAPTER, release_dir=release_dir, grading=grading)
    assert written == [release_dir / NOTEBOOK]
    committed = read(NOTEBOOKS / NOTEBOOK)
    assert [c.source for c in read(written[0]).cells] == [c.source for c in committed.cells]


def test_release_refuses_to_replace_saved_work(released):
    release_dir, grading = released
    path = release_dir / NOTEBOOK
    nb = read(path)
    next(c for c in nb.cells if grade_id(c) == "evaluate").source = "def evaluate(term):\n    return 0.0\n"
    nbformat.write(nb, path)
    saved = path.read_bytes()
    with pytest.raises(release.ReleaseRefused, match="python_basics.ipynb") as refused:
        release.release(CHAPTER, release_dir=release_dir, grading=grading)
    assert "FORCE=1" in str(refused.value)
    assert path.read_bytes() == saved, "a refused release changed the notebook"
    release.release(CHAPTER, release_dir=release_dir, grading=grading, force=True)
    assert path.read_bytes() != saved, "FORCE=1 replaces it"


def test_release_replaces_committed_notebooks(tmp_path, monkeypatch):
    """notebooks/ as committed (no record of a local release) is replaced without FORCE."""
    release_dir = tmp_path / "release"
    shutil.copytree(NOTEBOOKS / CHAPTER, release_dir / CHAPTER)
    nb = read(release_dir / NOTEBOOK)
    nb.cells[0].source += "\n\nAn older wording."
    nbformat.write(nb, release_dir / NOTEBOOK)
    as_committed = (release_dir / NOTEBOOK).read_bytes()
    monkeypatch.setattr(release, "committed", lambda path: as_committed)
    release.release(CHAPTER, release_dir=release_dir, grading=tmp_path / "grading")
    assert (release_dir / NOTEBOOK).read_bytes() != as_committed


def test_make_release_says_why_it_refuses(tmp_path):
    """The command line exits non-zero with the reason, not a traceback (in a scratch copy of the course)."""
    root = tmp_path / "course"
    for folder in ("autograder", "solutions", "notebooks"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    path = root / "notebooks" / NOTEBOOK
    nb = read(path)
    nb.cells[0].source += "\n\nA student's note."
    nbformat.write(nb, path)
    env = dict(os.environ, COURSE_GRADING_DIR=str(tmp_path / "grading"))
    done = subprocess.run([sys.executable, "-m", "autograder", "release", CHAPTER], cwd=root, env=env,
                          capture_output=True, text=True)
    assert done.returncode != 0 and "FORCE=1" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert read(path).cells[0].source.endswith("A student's note."), "the release notebook was replaced"


def test_workspace_is_git_ignored():
    done = subprocess.run(["git", "check-ignore", "-q", "work/01_python_basics/python_basics.ipynb"], cwd=REPO)
    assert done.returncode == 0, "the workspace must stay out of git (a git pull must never conflict with it)"
