"""The gradebook on a real PostgreSQL server (COURSE_DB_URL), started for these tests by `pgserver`.

Two graders, each with its own grading folder as on two hosts, grade different assignments into one
database at the same time while a reader polls the gradebook like the formgrader: every grade arrives
once, with the scores SQLite gives, and nobody sees an error. Feedback and export read the same server.
"""
import csv
import subprocess
import sys
import tempfile
import threading
import time

import pytest

from autograder import gradebook, pipeline
from autograder.course import REPO, nbgrader_env, run_nbgrader, source_notebooks
from class_grading import STUDENTS, build_submissions, expected_scores

pgserver = pytest.importorskip("pgserver")

ASSIGNMENTS = ["01_python_basics", "02_finite_differences"]
LIMITS = pipeline.Limits(workers=1, cell_timeout=60, time_limit=300, memory_limit_mb=2048)


@pytest.fixture(scope="module")
def server():
    # As root, pgserver runs PostgreSQL as a system user `pgserver` (created with useradd), which must be
    # able to reach the data folder: hence a folder in /tmp rather than pytest's private one.
    data = tempfile.mkdtemp(prefix="course-db-")
    postgres = pgserver.get_server(data, cleanup_mode="delete")
    postgres.psql("CREATE DATABASE course;")
    yield postgres.get_uri("course")
    postgres.cleanup()


@pytest.fixture
def database(server, monkeypatch):
    monkeypatch.setenv("COURSE_DB_URL", server)
    return server


def cell_scores(url: str, assignment: str) -> dict:
    with gradebook.open_gradebook(url) as gb:
        return {(s, nb.name, g.name): g.score for s in STUDENTS
                for nb in gb.find_submission(assignment, s).notebooks for g in nb.grades}


def expected_cells(assignment: str) -> dict:
    return {(s, nb, cell): points for s, cells in expected_scores(assignment).items()
            for (nb, cell), points in cells.items()}


def release(assignment: str, grading) -> None:
    run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                 f"--CourseDirectory.release_directory={grading / 'release'}", grading_dir=grading, capture=True)


def test_advisory_lock_excludes_the_same_assignment_only(database, tmp_path):
    held, second = threading.Event(), threading.Event()
    release_first = threading.Event()

    def first():
        with gradebook.lock(tmp_path, "a"):
            held.set()
            release_first.wait(30)

    def same_assignment():
        with gradebook.lock(tmp_path, "a"):
            second.set()

    threading.Thread(target=first).start()
    assert held.wait(30)
    waiter = threading.Thread(target=same_assignment)
    waiter.start()
    start = time.monotonic()
    with gradebook.lock(tmp_path, "b"):       # another assignment: not held up
        assert time.monotonic() - start < 5
    assert not second.wait(1), "a second grader got the lock of an assignment being graded"
    release_first.set()
    waiter.join(30)
    assert second.is_set(), "the lock was not handed on when the first grader finished"


def test_concurrent_graders_share_one_gradebook(database, tmp_path):
    hosts = {a: tmp_path / f"host-{a}" for a in ASSIGNMENTS}
    for assignment, grading in hosts.items():
        release(assignment, grading)
        build_submissions(assignment, grading / "submitted")
    reads, errors, stop = [0], [], threading.Event()

    def formgrader():
        while not stop.is_set():
            try:
                with gradebook.open_gradebook(database) as gb:
                    for assignment in ASSIGNMENTS:
                        gb.submission_dicts(assignment)
                reads[0] += 1
            except Exception as error:  # the reader must never fail, whatever it meets
                errors.append(repr(error))
            time.sleep(0.2)

    reader = threading.Thread(target=formgrader)
    reader.start()
    graders = [subprocess.Popen([sys.executable, "-m", "autograder", "grade", assignment, "--workers", "1",
                                 "--cell-timeout", str(LIMITS.cell_timeout)], cwd=REPO,
                                env={**nbgrader_env(grading), "COURSE_DB_URL": database},
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
               for assignment, grading in hosts.items()]
    logs = [g.communicate(timeout=600)[0] for g in graders]
    stop.set()
    reader.join()
    assert [g.returncode for g in graders] == [0, 0], "\n".join(logs)[-4000:]
    assert not errors, errors[:3]
    assert reads[0] > 0
    for assignment in ASSIGNMENTS:
        assert cell_scores(database, assignment) == expected_cells(assignment), assignment
    with gradebook.open_gradebook(database) as gb:
        submissions = [(a.name, s.student.id) for a in gb.assignments for s in a.submissions]
        assert sorted(submissions) == sorted((a, s) for a in ASSIGNMENTS for s in STUDENTS), "lost or duplicated"

    # Feedback and export from the same server.
    grading = hosts[ASSIGNMENTS[0]]
    run_nbgrader("generate_feedback", ASSIGNMENTS[0], "--force", grading_dir=grading, capture=True)
    for student in STUDENTS:
        for path in source_notebooks(ASSIGNMENTS[0]):
            assert (grading / "feedback" / student / ASSIGNMENTS[0] / path.with_suffix(".html").name).is_file()
    run_nbgrader("export", "--exporter=autograder.export.ExerciseScoresExport", f"--to={tmp_path / 'grades.csv'}",
                 grading_dir=grading, capture=True)
    with open(tmp_path / "grades.csv") as f:
        rows = {r["student_id"]: r for r in csv.DictReader(f)}
    assert sorted(rows) == sorted(STUDENTS)
    for assignment in ASSIGNMENTS:
        for student, cells in expected_scores(assignment).items():
            assert float(rows[student][f"{assignment}:total"]) == sum(cells.values())


def test_same_scores_as_sqlite(database, tmp_path, monkeypatch):
    assignment = ASSIGNMENTS[0]
    on_server = tmp_path / "server"
    build_submissions(assignment, on_server / "submitted")
    pipeline.grade(assignment, LIMITS, grading_dir=on_server, progress=False, force=True)
    monkeypatch.delenv("COURSE_DB_URL")
    on_file = tmp_path / "sqlite"
    build_submissions(assignment, on_file / "submitted")
    pipeline.grade(assignment, LIMITS, grading_dir=on_file, progress=False)
    assert cell_scores(database, assignment) == cell_scores(f"sqlite:///{on_file / 'gradebook.db'}", assignment)

