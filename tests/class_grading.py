"""Grade a small class of made-up submissions with real `nbgrader autograde`, in a temporary course.

Students, for every assignment:
- `perfect`: the student copy with every solution cell filled in from solutions/;
- `untouched`: the student copy exactly as released;
- `tamperer`: perfect, except that the last exercise is left unsolved and its test cell is edited to pass
  trivially, and the first exercise's test cell is deleted. nbgrader must grade both with the original tests.
"""
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from autograder.bench import solved_copy
from autograder.course import run_nbgrader, source_notebooks
from course_notebooks import exercises, grade_id, read, release_copy

STUDENTS = ("perfect", "untouched", "tamperer")


def perfect_submission(source, release):
    return solved_copy(source, release)


def tampered_submission(source, release):
    nb = perfect_submission(source, release)
    pairs = exercises(nb)
    last_solution, last_test = pairs[-1]
    nb.cells[last_solution].source = release.cells[last_solution].source
    nb.cells[last_test].source = "# I checked this myself.\npass"
    first_test = pairs[0][1]
    del nb.cells[first_test]
    return nb


def build_submissions(assignment: str, submitted: Path) -> None:
    for path in source_notebooks(assignment):
        source, release = read(path), read(release_copy(path))
        variants = {"perfect": perfect_submission(source, release), "untouched": release,
                    "tamperer": tampered_submission(source, release)}
        for student, nb in variants.items():
            folder = submitted / student / assignment
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, folder / path.name)


def expected_scores(assignment: str) -> dict:
    """{student: {(notebook, test grade id): expected points}}."""
    expected = {student: {} for student in STUDENTS}
    for path in source_notebooks(assignment):
        nb = read(path)
        tests = [nb.cells[t] for _, t in exercises(nb)]
        for cell in tests:
            key, points = (path.stem, grade_id(cell)), cell.metadata.nbgrader.points
            expected["perfect"][key] = points
            expected["untouched"][key] = 0
            expected["tamperer"][key] = 0 if cell is tests[-1] else points
    return expected


def grade_assignment(assignment: str, root: Path) -> dict:
    """Release, submit and autograde one assignment in root; return scores and the autograded notebooks."""
    grading = root / assignment
    run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                 f"--CourseDirectory.release_directory={root / 'release'}", grading_dir=grading, capture=True)
    build_submissions(assignment, grading / "submitted")
    log = run_nbgrader("autograde", assignment, "--force", grading_dir=grading, capture=True)
    scores = {}
    with Gradebook(f"sqlite:///{grading / 'gradebook.db'}") as gb:
        for student in STUDENTS:
            for path in source_notebooks(assignment):
                try:
                    submission = gb.find_submission_notebook(path.stem, assignment, student)
                except MissingEntry:
                    raise AssertionError(f"{student} was not graded; nbgrader said:\n{log.stderr[-4000:]}") from None
                for grade in submission.grades:
                    scores.setdefault(student, {})[(path.stem, grade.name)] = grade.score
    autograded = {student: {p.stem: read(grading / "autograded" / student / assignment / p.name)
                            for p in source_notebooks(assignment)} for student in STUDENTS}
    return {"scores": scores, "expected": expected_scores(assignment), "autograded": autograded,
            "log": log.stderr, "grading": grading}


def grade_class(assignments: list[str], root: Path) -> dict:
    """Grade every assignment, two at a time (each in its own course folder and gradebook)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(lambda a: grade_assignment(a, root), assignments)
        return dict(zip(assignments, results))


def describe_failures(nb) -> str:
    lines = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if o.output_type == "error":
                lines.append(f"{grade_id(cell)}: {o.ename}: {o.evalue}")
    return json.dumps(lines, indent=1)
