"""Real `nbgrader autograde` on a made-up class: solutions earn everything, untouched copies nothing,
and edited or deleted test cells are graded with the original tests."""
import csv
import html as htmlmod
import json
import re

import pytest
from nbgrader.api import Gradebook

from autograder.course import run_nbgrader, source_notebooks
from class_grading import STUDENTS, describe_failures
from course_notebooks import HIDDEN_BEGIN, HIDDEN_END, distinctive_lines, read
from course_notebooks import assignments

ASSIGNMENTS = assignments()


# The `graded` fixture (tests/conftest.py) grades the class once per session.


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_earn_full_marks(graded, assignment):
    result = graded[assignment]
    for notebook, nb in result["autograded"]["perfect"].items():
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


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_export_has_one_row_per_student_with_exercise_scores(graded, assignment, tmp_path):
    result = graded[assignment]
    with Gradebook(f"sqlite:///{result['grading'] / 'gradebook.db'}") as gb:
        gb.update_or_create_student("absent")          # on the roster, never handed in
    run_nbgrader("export", "--exporter=autograder.export.ExerciseScoresExport", f"--to={tmp_path / 'grades.csv'}",
                 grading_dir=result["grading"], capture=True)
    with open(tmp_path / "grades.csv") as f:
        rows = list(csv.DictReader(f))
    assert [r["student_id"] for r in rows] == sorted(["absent", *STUDENTS]), "one row per student, sorted by id"
    by_student = {r["student_id"]: r for r in rows}
    for student, expected in result["expected"].items():
        for (_, test_id), points in expected.items():
            assert float(by_student[student][f"{assignment}:{test_id}"]) == points, (student, test_id)
        assert float(by_student[student][f"{assignment}:total"]) == sum(expected.values())
        assert float(by_student[student]["total"]) == sum(expected.values())
    assert by_student["absent"][f"{assignment}:total"] == "", "a missing submission is empty, not zero"
    exported = json.loads((tmp_path / "grades.json").read_text())
    assert sum(exported["max_scores"][assignment].values()) == sum(result["expected"]["perfect"].values())
    perfect = next(s for s in exported["students"] if s["student_id"] == "perfect")
    assert perfect["assignments"][assignment]["total"] == sum(result["expected"]["perfect"].values())
    assert next(s for s in exported["students"] if s["student_id"] == "absent")["assignments"][assignment] is None


def visible_text(html: str) -> str:
    """The text a reader sees: tags (also syntax-highlighting spans) removed, entities decoded."""
    return " ".join(htmlmod.unescape(re.sub(r"<[^>]+>", "", html)).split())


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_feedback_does_not_reveal_hidden_tests(graded, assignment):
    result = graded[assignment]
    run_nbgrader("generate_feedback", assignment, "--force", grading_dir=result["grading"], capture=True)
    hidden = {" ".join(line.split()) for path in source_notebooks(assignment)
              for line in distinctive_lines(read(path), [(HIDDEN_BEGIN, HIDDEN_END)])}
    for student in STUDENTS:
        for path in source_notebooks(assignment):
            html = (result["grading"] / "feedback" / student / assignment / path.name).with_suffix(".html").read_text()
            text = visible_text(html)
            assert "HIDDEN TESTS" not in text
            leaks = sorted(line for line in hidden if line in text)
            assert not leaks, f"{student}'s feedback shows hidden tests: {leaks[:3]}"
    untouched = visible_text((result["grading"] / "feedback" / "untouched" / assignment
                              / source_notebooks(assignment)[0].name).with_suffix(".html").read_text())
    assert "NotImplementedError" in untouched, "feedback still says why a visible test failed"
