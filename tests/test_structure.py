"""Every source notebook has the anatomy the course promises (see the README, 'Adding an exercise')."""
import re
from collections import Counter

import nbformat
import pytest
from nbgrader.nbgraderformat.v3 import MetadataValidatorV3

from autograder.course import colab_badge
from course_notebooks import (DEFAULT_MIN_EXERCISES, HIDDEN_BEGIN, HIDDEN_END, MIN_EXERCISES, SOLUTION_BEGIN,
                              SOLUTION_END, all_source_notebooks, assignments, exercises, grade_id,
                              is_graded_test, is_solution, nbgrader, read, source_notebooks)

SOURCES = all_source_notebooks()
IDS = [f"{p.parent.name}/{p.name}" for p in SOURCES]


def test_every_chapter_has_a_notebook():
    assert assignments(), "solutions/ holds no assignment"
    for assignment in assignments():
        assert re.fullmatch(r"0[1-6]_[a-z_]+", assignment), f"unexpected assignment id {assignment}"
        assert source_notebooks(assignment), f"solutions/{assignment} has no notebook"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_valid_nbformat_and_nbgrader_metadata(path):
    nb = read(path)
    nbformat.validate(nb)
    MetadataValidatorV3().validate_nb(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if "nbgrader" in cell.metadata:
            assert nbgrader(cell)["schema_version"] == 3


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_no_stored_outputs(path):
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"cell {i} has stored output: clear it"


@pytest.mark.parametrize("assignment", assignments())
def test_grade_ids_unique(assignment):
    """nbgrader needs grade ids unique within a notebook; answers and tests also within the assignment (the
    export has a column per test, mutants and alternatives are filed by answer). Every notebook has its own
    `header` and `setup`."""
    for path in source_notebooks(assignment):
        ids = [grade_id(c) for c in read(path).cells if grade_id(c)]
        duplicates = [i for i, n in Counter(ids).items() if n > 1]
        assert not duplicates, f"{path.name}: grade ids used twice: {duplicates}"
    graded = [grade_id(c) for p in source_notebooks(assignment) for c in read(p).cells
              if is_solution(c) or is_graded_test(c)]
    duplicates = [i for i, n in Counter(graded).items() if n > 1]
    assert not duplicates, f"answer or test grade ids used in two notebooks: {duplicates}"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_header_with_badge_and_locked_setup_cell(path):
    nb = read(path)
    assert colab_badge(path.parent.name, path.name) in nb.cells[0].source, \
        "the first cell must carry the Colab badge built from autograder/course.toml: run `make release`"
    setup = nb.cells[1]
    assert setup.cell_type == "code" and grade_id(setup) == "setup" and nbgrader(setup)["locked"]
    assert 'GRADING = os.environ.get("NBGRADER_EXECUTION") is not None' in setup.source


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_every_solution_has_statement_and_graded_test(path):
    nb = read(path)
    for i, cell in enumerate(nb.cells):
        if is_solution(cell):
            assert cell.cell_type == "code", f"solution {grade_id(cell)} must be a code cell"
            assert SOLUTION_BEGIN in cell.source and SOLUTION_END in cell.source, \
                f"solution {grade_id(cell)} needs BEGIN/END SOLUTION markers around the answer"
            statement = nb.cells[i - 1]
            assert statement.cell_type == "markdown" and nbgrader(statement).get("locked"), \
                f"solution {grade_id(cell)} must follow a locked markdown statement"
            assert i + 1 < len(nb.cells) and is_graded_test(nb.cells[i + 1]), \
                f"solution {grade_id(cell)} must be followed by its graded test cell"
            assert grade_id(nb.cells[i + 1]) == f"test_{grade_id(cell)}"
        if is_graded_test(cell):
            assert is_solution(nb.cells[i - 1]), f"test {grade_id(cell)} does not follow a solution cell"
            meta = nbgrader(cell)
            assert meta["locked"] and meta["points"] > 0
            visible = cell.source.split(HIDDEN_BEGIN)[0]
            assert "assert" in visible, f"{grade_id(cell)} needs visible asserts that explain failures"
            assert HIDDEN_BEGIN in cell.source and HIDDEN_END in cell.source, f"{grade_id(cell)} has no hidden tests"


@pytest.mark.parametrize("assignment", assignments())
def test_enough_graded_exercises(assignment):
    count = sum(len(exercises(read(p))) for p in source_notebooks(assignment))
    needed = MIN_EXERCISES.get(assignment, DEFAULT_MIN_EXERCISES)
    assert count >= needed, f"{assignment} has {count} graded exercises, needs {needed}"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_readme_links_every_notebook(path):
    readme = (path.parents[2] / "README.md").read_text()
    assert colab_badge(path.parent.name, path.name) in readme, \
        f"README.md has no Colab badge for {path.parent.name}/{path.name} (built from autograder/course.toml)"
