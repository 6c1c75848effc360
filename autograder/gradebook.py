"""The course gradebook, as the grading pipeline reads and writes it.

SQLite (grading/gradebook.db) by default; COURSE_DB_URL names a database server instead (PostgreSQL),
which several graders, on one host or several, share. Each grading run holds `lock(grading, assignment)`:
- with SQLite, a file lock in the grading folder: one writer per course, as SQLite allows;
- with a server, a PostgreSQL advisory lock per assignment, taken on the server itself, so that graders
  on different hosts exclude each other on the same assignment and run in parallel on different ones.
  The few writes that every run shares (the course, the assignment's definition, the students) happen
  under a second, course-wide advisory lock, held only for as long as they take (`shared_writes`).
"""
import fcntl
import hashlib
import os
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

from .course import run_nbgrader

# nbgrader's tables that hold students and their work, children first.
STUDENT_TABLES = ("comment", "grade", "submitted_notebook", "submitted_assignment", "student")


def db_url(grading: Path) -> str:
    return os.environ.get("COURSE_DB_URL", f"sqlite:///{grading / 'gradebook.db'}")


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite:")


def open_gradebook(url: str):
    from nbgrader.api import Gradebook
    return Gradebook(url)


@contextmanager
def advisory_lock(url: str, name: str):
    """A PostgreSQL session-level advisory lock, held on its own connection until the block ends."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool
    key = int.from_bytes(hashlib.sha256(f"autograder/{name}".encode()).digest()[:8], "big", signed=True)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()
    finally:
        engine.dispose()


@contextmanager
def file_lock(path: Path):
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def lock(grading: Path, assignment: str):
    """Held for a whole grading run of the assignment (see the module's docstring)."""
    url = db_url(grading)
    if is_sqlite(url):
        grading.mkdir(parents=True, exist_ok=True)
        return file_lock(grading / ".gradebook.lock")
    return advisory_lock(url, f"grade/{assignment}")


@contextmanager
def shared_writes(grading: Path):
    """Around writes that runs on different assignments share; SQLite's run lock already covers them."""
    url = db_url(grading)
    if is_sqlite(url):
        yield
    else:
        with advisory_lock(url, "course"):
            yield


def ensure_in_gradebook(assignment: str, grading: Path, scratch: Path) -> None:
    """Register the assignment (cells, hidden tests) in the gradebook if `make release` has not."""
    from nbgrader.api import MissingEntry
    with open_gradebook(db_url(grading)) as gb:
        try:
            gb.find_assignment(assignment)
            return
        except MissingEntry:
            pass
    run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                 f"--CourseDirectory.release_directory={scratch / 'release'}", grading_dir=grading, capture=True)


def register_students(grading: Path, students: list[str]) -> None:
    """Add the students first, so that recording never races another run to create the same student."""
    with open_gradebook(db_url(grading)) as gb:
        known = {s.id for s in gb.students}
        for student in students:
            if student not in known:
                gb.add_student(student)


def assignment_digest(url: str, assignment: str) -> str:
    """Changes when the instructor re-releases the assignment with other cells, tests or points."""
    digest = hashlib.sha256()
    with open_gradebook(url) as gb:
        for nb in gb.find_assignment(assignment).notebooks:
            for cell in nb.source_cells:
                digest.update(f"{nb.name}/{cell.name}/{cell.checksum}/{cell.source}".encode())
            for cell in nb.grade_cells:
                digest.update(f"{nb.name}/{cell.name}/{cell.max_score}".encode())
    return digest.hexdigest()


def make_template(url: str, assignment: str, target: Path) -> None:
    """A private gradebook for the workers that knows the assignment (its cells and hidden tests) and no
    student: it travels with every task, so it stays small however large the class grows.

    A SQLite gradebook is copied and emptied of students (fast); from a database server, the
    assignment's definition is copied through nbgrader's API.
    """
    if is_sqlite(url):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        with closing(sqlite3.connect(target)) as copy:
            copy.executescript("".join(f"DELETE FROM {table};" for table in STUDENT_TABLES) + "VACUUM;")
        return
    with open_gradebook(url) as source, open_gradebook(f"sqlite:///{target}") as copy:
        original = source.find_assignment(assignment)
        copy.update_or_create_assignment(assignment, duedate=original.duedate)
        for nb in original.notebooks:
            copy.update_or_create_notebook(nb.name, assignment, kernelspec=nb.kernelspec)
            for cell in nb.source_cells:
                copy.update_or_create_source_cell(cell.name, nb.name, assignment, cell_type=cell.cell_type,
                                                  locked=cell.locked, source=cell.source, checksum=cell.checksum)
            for cell in nb.grade_cells:
                copy.update_or_create_grade_cell(cell.name, nb.name, assignment, max_score=cell.max_score,
                                                 cell_type=cell.cell_type)
            for cell in nb.solution_cells:
                copy.update_or_create_solution_cell(cell.name, nb.name, assignment)
            for cell in nb.task_cells:
                copy.update_or_create_task_cell(cell.name, nb.name, assignment, max_score=cell.max_score,
                                                cell_type=cell.cell_type)


def record_zero(assignment: str, student: str, grading: Path, timestamp: Path) -> None:
    """A submission with nothing gradable in it: every cell scores 0, as nbgrader does for a missing notebook."""
    with open_gradebook(db_url(grading)) as gb:
        gb.update_or_create_student(student)
        when = timestamp.read_text().strip() if timestamp.is_file() else None
        submission = gb.update_or_create_submission(assignment, student, **({"timestamp": when} if when else {}))
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
        gb.db.commit()


def scores(assignment: str, grading: Path, students: list[str]) -> dict:
    from nbgrader.api import MissingEntry
    found = {}
    with open_gradebook(db_url(grading)) as gb:
        for student in students:
            try:
                submission = gb.find_submission(assignment, student)
                found[student] = (submission.score, submission.max_score)
            except MissingEntry:
                pass
    return found
