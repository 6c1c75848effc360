"""Real `nbgrader autograde` on a made-up class: solutions earn everything, untouched copies nothing,
and edited or deleted test cells are graded with the original tests."""
import pytest

from class_grading import describe_failures, grade_class, stderr_in_graded_cells
from course_notebooks import assignments

ASSIGNMENTS = assignments()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    return grade_class(ASSIGNMENTS, tmp_path_factory.mktemp("class"))


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_earn_full_marks(graded, assignment):
    result = graded[assignment]
    for notebook, nb in result["autograded"]["perfect"].items():
        assert not stderr_in_graded_cells(nb), f"graded cells wrote to stderr: {stderr_in_graded_cells(nb)}"
        assert result["scores"]["perfect"] == result["expected"]["perfect"], \
            f"{notebook}: the solution loses points: {describe_failures(nb)}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_untouched_student_copy_earns_zero(graded, assignment):
    scores = graded[assignment]["scores"]["untouched"]
    assert scores == graded[assignment]["expected"]["untouched"], \
        f"graded cells that an unsolved notebook passes: {[k for k, v in scores.items() if v]}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_edited_and_deleted_test_cells_are_restored(graded, assignment):
    result = graded[assignment]
    assert result["scores"]["tamperer"] == result["expected"]["tamperer"], \
        f"expected {result['expected']['tamperer']}\n got {result['scores']['tamperer']}\n{result['log'][-3000:]}"
