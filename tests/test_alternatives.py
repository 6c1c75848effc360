"""Correct answers by other methods earn full marks: tests/alternatives/<assignment>/<solution id>/*.py.

An alternative file holds the whole source of a solution cell written from the statement alone, by another
method than the reference solution, starting with `# Alternative: <the method>`. Run in the live kernel of
the solution notebook in place of its solution cell (as the mutants are), it must pass the exercise's test
cell, hidden tests included; the reference solution then runs again.
"""
import pytest

from course_notebooks import ALTERNATIVES, alternative_files, assignments, solution_index


CASES = [(a, m) for a in assignments() for m in alternative_files(a)]


@pytest.mark.parametrize("assignment", assignments())
def test_every_exercise_has_an_alternative(assignment):
    index = solution_index(assignment)
    missing = [gid for gid in index if not list((ALTERNATIVES / assignment / gid).glob("*.py"))]
    assert not missing, f"exercises without an alternative correct solution: {missing}"


@pytest.mark.parametrize("assignment,alternative", CASES,
                         ids=[f"{a}/{m.parent.name}/{m.stem}" for a, m in CASES])
def test_alternative_earns_full_marks(assignment, alternative, live_notebooks):
    index = solution_index(assignment)
    assert alternative.parent.name in index, f"no solution cell {alternative.parent.name} in {assignment}"
    path, solution = index[alternative.parent.name]
    live = live_notebooks(path)
    source = alternative.read_text()
    assert source.startswith("# Alternative:"), "an alternative file starts with '# Alternative: <the method>'"
    try:
        score, max_score, outputs = live.replace_and_test(solution, source)
        assert score == max_score, f"a correct answer by another method loses points: {outputs}"
    finally:
        live.replace_and_test(solution, live.nb.cells[solution].source)
