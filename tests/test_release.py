"""notebooks/ is exactly what nbgrader generates from solutions/, and gives nothing away."""
import re

import pytest

from autograder.course import run_nbgrader
from course_notebooks import (HIDDEN_BEGIN, HIDDEN_END, SOLUTION_BEGIN, SOLUTION_END, all_source_notebooks,
                              assignments, distinctive_lines, grade_id, is_solution, read, release_copy)

SOURCES = all_source_notebooks()
IDS = [f"{p.parent.name}/{p.name}" for p in SOURCES]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """A fresh release of every assignment, made in a temporary folder."""
    tmp = tmp_path_factory.mktemp("release")
    for assignment in assignments():
        run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                     f"--CourseDirectory.release_directory={tmp / 'release'}", grading_dir=tmp / "grading",
                     capture=True)
    return tmp / "release"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_release_is_in_sync(path, regenerated):
    committed = release_copy(path)
    assert committed.exists(), f"{committed} is missing: run `make release`"
    fresh = regenerated / path.parent.name / path.name
    assert without_python_patch(committed) == without_python_patch(fresh), \
        f"{committed} differs from what solutions/ generates: run `make release` and commit notebooks/"


def without_python_patch(path):
    """The file's text without the kernel's Python version, which the release takes from the machine it runs on
    (3.11.x): everything else must match byte for byte."""
    text = path.read_text()
    return re.sub(r'("pygments_lexer": "ipython3",\s*"version": )"[^"]*"', r'\1"3.x"', text)


def test_release_notebooks_carry_the_kernel_metadata():
    """JupyterLab stores the kernel's language_info on opening a notebook; a release that has it opens unmodified."""
    from ipykernel.ipkernel import IPythonKernel
    for path in SOURCES:
        language_info = read(release_copy(path)).metadata.language_info
        assert set(language_info) == set(IPythonKernel.language_info), f"{release_copy(path)}: {language_info}"


def test_no_stray_release_notebooks():
    released = {p.relative_to(p.parents[1]) for p in release_copy(SOURCES[0]).parents[1].glob("*/*.ipynb")}
    sources = {p.relative_to(p.parents[1]) for p in SOURCES}
    assert released <= sources, f"notebooks without a source in solutions/: {sorted(released - sources)}"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_no_solution_or_hidden_test_leaks(path):
    source, release = read(path), read(release_copy(path))
    text = release_copy(path).read_text()
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS"):
        assert marker not in text, f"the student copy contains '{marker}'"
    secret = distinctive_lines(source, [(SOLUTION_BEGIN, SOLUTION_END), (HIDDEN_BEGIN, HIDDEN_END)])
    leaks = sorted(line for line in secret if line in text)
    assert not leaks, f"solution or hidden-test lines in the student copy: {leaks[:5]}"
    assert [grade_id(c) for c in source.cells] == [grade_id(c) for c in release.cells]
    for cell in release.cells:
        if is_solution(cell):
            assert "raise NotImplementedError()" in cell.source, f"{grade_id(cell)} is not a stub"
