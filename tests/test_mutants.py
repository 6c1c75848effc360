"""Every exercise rejects plausible wrong answers: the mutants in tests/mutants/<assignment>/<solution id>/.

A mutant file is either the whole source of a student's answer cell (`.py`, for an answer that takes another
route) or a unified diff against the solution cell (`.diff`, for a local slip: a sign, an index, a factor);
both start with `# Mutant: <what is wrong>`. Each one must lose points on the exercise's test cell (hidden tests
included), and the real solution must win them back in the same kernel.
"""
import pytest

from course_notebooks import (MUTANTS, all_source_notebooks, apply_diff, assignments, mutant_files, mutant_source,
                              solution_index)
from mutant_diff import make_diff

MIN_MUTANTS = 2


CASES = [(a, m) for a in assignments() for m in mutant_files(a)]


@pytest.mark.parametrize("path", all_source_notebooks(), ids=lambda p: p.name)
def test_solution_test_cells_write_nothing_to_stderr(path, live_notebooks):
    assert not live_notebooks(path).stderr_in_tests, live_notebooks(path).stderr_in_tests


@pytest.mark.parametrize("assignment", assignments())
def test_every_exercise_has_mutants(assignment):
    index = solution_index(assignment)
    counts = {gid: len([m for m in mutant_files(assignment) if m.parent.name == gid]) for gid in index}
    missing = {gid: n for gid, n in counts.items() if n < MIN_MUTANTS}
    assert not missing, f"exercises with fewer than {MIN_MUTANTS} mutants: {missing}"
    folders = {p.name for p in (MUTANTS / assignment).iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(index), f"mutant folders without a solution cell: {sorted(folders - set(index))}"


@pytest.mark.parametrize("assignment,mutant", CASES, ids=[f"{a}/{m.parent.name}/{m.stem}" for a, m in CASES])
def test_mutant_loses_points(assignment, mutant, live_notebooks):
    path, index = solution_index(assignment)[mutant.parent.name]
    live = live_notebooks(path)
    assert mutant.read_text().startswith("# Mutant:"), "a mutant file starts with '# Mutant: <what is wrong>'"
    source = mutant_source(mutant, live.nb.cells[index].source)
    score, max_score, outputs = live.replace_and_test(index, source)
    try:
        assert score < max_score, f"the tests of {mutant.parent.name} accept this wrong answer: {source}"
    finally:
        score, max_score, outputs = live.replace_and_test(index, live.nb.cells[index].source)
        assert score == max_score, f"the solution no longer passes after the mutant ran: {outputs}"


def test_mutants_exist_for_all_notebooks():
    assert all_source_notebooks() and CASES


def test_diff_mutants_apply_exactly():
    solution = "def f(x):\n    ### BEGIN SOLUTION\n    y = 2 * x\n    return y + 1\n    ### END SOLUTION"
    wrong = solution.replace("2 * x", "2 / x")
    diff = make_diff(solution, wrong, "divides instead of multiplying")
    assert diff.startswith("# Mutant: divides") and "-    y = 2 * x" in diff and "+    y = 2 / x" in diff
    assert apply_diff(solution, diff) == wrong
    with pytest.raises(ValueError, match="no longer applies"):
        apply_diff(solution.replace("2 * x", "x + x"), diff)
