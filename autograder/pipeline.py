"""Grade every submission of an assignment: in parallel, within limits, and only what changed.

    grading/submitted/<student>/<assignment>/     what students handed in (never modified)
      -> prepare     a checked, gradable copy of each submission (autograder/prepare.py)
      -> execute     N workers, each running `nbgrader autograde` for one submission at a time in
                     its own scratch course with a private copy of the assignment's gradebook entries,
                     the kernel sandboxed and limited (autograder/execute.py, autograder/sandbox.py)
      -> record      as each one finishes, nbgrader's autograde without execution (what
                     `nbgrader autograde --no-execute` does) scores the executed notebook into the
                     course gradebook, from this process alone: one writer, so no corruption
    grading/autograded/, gradebook.db, grading/reports/<assignment>.txt

Re-running grades only submissions whose files, the assignment or the limits changed
(fingerprints and messages in grading/pipeline/<assignment>.json).
"""
import fcntl
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import nbformat
from tqdm import tqdm

from . import sandbox
from .course import AUTOGRADER, REPO, SOLUTIONS, assignments, grading_dir as default_grading_dir, run_nbgrader
from .prepare import prepare, release_notebooks

GUARD_ERRORS = ("MemoryLimitExceeded", "KernelDied", "CellTimeoutError", "NotRun")


@dataclass
class Limits:
    workers: int = os.cpu_count() or 1
    cell_timeout: int = 150          # seconds per cell (as in nbgrader_config.py)
    time_limit: int = 900            # seconds per notebook, all cells together
    memory_limit_mb: int = 4096      # resident memory of the kernel

    def fingerprint(self) -> str:
        return f"{self.cell_timeout}/{self.time_limit}/{self.memory_limit_mb}"


@dataclass
class Outcome:
    student: str
    status: str                      # graded, unchanged, not graded
    messages: list = field(default_factory=list)
    score: float | None = None
    max_score: float | None = None

    def line(self) -> str:
        score = "" if self.score is None else f"{self.score:g}/{self.max_score:g}"
        head = f"{self.student:<24} {self.status:<12} {score}"
        return "\n".join([head.rstrip()] + [f"    {m}" for m in self.messages])


def unknown_assignments(grading: Path) -> list[str]:
    """Submission folders named after no assignment: reported, never graded."""
    known = set(assignments())
    submitted = grading / "submitted"
    return [f"{s.name}/{a.name}: no assignment called {a.name!r}; not graded"
            for s in sorted(submitted.iterdir()) if s.is_dir()
            for a in sorted(s.iterdir()) if a.is_dir() and a.name not in known] if submitted.is_dir() else []


def folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def assignment_digest(url: str, assignment: str) -> str:
    """Changes when the instructor re-releases the assignment with other cells, tests or points."""
    from nbgrader.api import Gradebook
    digest = hashlib.sha256()
    with Gradebook(url) as gb:
        for nb in gb.find_assignment(assignment).notebooks:
            for cell in nb.source_cells:
                digest.update(f"{nb.name}/{cell.name}/{cell.checksum}/{cell.source}".encode())
            for cell in nb.grade_cells:
                digest.update(f"{nb.name}/{cell.name}/{cell.max_score}".encode())
    return digest.hexdigest()


def make_template(url: str, assignment: str, target: Path) -> None:
    """A private gradebook for the workers that knows the assignment (its cells and hidden tests).

    A SQLite gradebook is copied as a whole (fast); from a database server, the assignment's
    definition is copied through nbgrader's API.
    """
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        return
    from nbgrader.api import Gradebook
    with Gradebook(url) as source, Gradebook(f"sqlite:///{target}") as copy:
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


def db_url(grading: Path) -> str:
    return os.environ.get("COURSE_DB_URL", f"sqlite:///{grading / 'gradebook.db'}")


def ensure_in_gradebook(assignment: str, grading: Path, scratch: Path) -> None:
    """Register the assignment (cells, hidden tests) in the gradebook if `make release` has not."""
    from nbgrader.api import Gradebook, MissingEntry
    with Gradebook(db_url(grading)) as gb:
        try:
            gb.find_assignment(assignment)
            return
        except MissingEntry:
            pass
    run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                 f"--CourseDirectory.release_directory={scratch / 'release'}", grading_dir=grading, capture=True)


# ---------------------------------------------------------------- the worker side (one process each)

def _init_worker(threads: int) -> None:
    from sqlalchemy.exc import SAWarning
    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's autoflush notes, harmless
    # Each worker gets its share of the cores: BLAS threads would otherwise fight over them.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(threads)


def course_config():
    from traitlets.config.loader import PyFileConfigLoader
    return PyFileConfigLoader("nbgrader_config.py", path=str(AUTOGRADER)).load_config()


def execute_submission(task: dict) -> dict:
    """Run `nbgrader autograde` on one prepared submission in its own scratch course."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute

    from .execute import GuardedExecute

    course = Path(task["course"])
    config = course_config()
    config.CourseDirectory.submitted_directory = str(course / "submitted")
    config.CourseDirectory.autograded_directory = str(course / "autograded")
    config.CourseDirectory.db_url = f"sqlite:///{course / 'private' / 'gradebook.db'}"
    shutil.copy(task["template_db"], course / "private" / "gradebook.db")
    default = Autograde.class_traits()["autograde_preprocessors"].default()
    config.Autograde.autograde_preprocessors = [GuardedExecute if p is Execute else p for p in default]
    config.GuardedExecute.timeout = task["cell_timeout"]
    config.GuardedExecute.time_limit = task["time_limit"]
    config.GuardedExecute.memory_limit_mb = task["memory_limit_mb"]
    config.SandboxedKernelManager.read_only = [str(REPO)]
    config.SandboxedKernelManager.hidden = task["hidden"]
    config.SandboxedKernelManager.keep = [str(course / "autograded")]
    api = NbGraderAPI(config=config)
    result = api.autograde(task["assignment"], task["student"], force=True, create=True)
    return {"student": task["student"], "success": result["success"],
            "log": result.get("log", ""), "error": result.get("error", "")}


# ---------------------------------------------------------------- the instructor's side

class Recorder:
    """nbgrader's autograde without execution, in this process: scores executed notebooks into the
    course gradebook one at a time (the only writer), while the workers run the next submissions."""

    def __init__(self, grading: Path, staging: Path):
        from nbgrader.apps import NbGraderAPI
        from sqlalchemy.exc import SAWarning
        warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's autoflush notes, harmless
        config = course_config()
        config.CourseDirectory.submitted_directory = str(staging)
        config.CourseDirectory.autograded_directory = str(grading / "autograded")
        config.CourseDirectory.db_url = db_url(grading)
        config.Execute.enabled = False       # what `nbgrader autograde --no-execute` sets
        config.ClearOutput.enabled = False
        self.api = NbGraderAPI(config=config)
        self.api.log.setLevel(logging.ERROR)  # checksum notes for every hidden test: expected here

    def record(self, assignment: str, student: str) -> dict:
        return self.api.autograde(assignment, student, force=True, create=True)


def guard_messages(folder: Path) -> list[str]:
    """What the guarded execution did to a notebook (restarts, limits), from its outputs."""
    messages = []
    for path in sorted(folder.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for index, cell in enumerate(nb.cells):
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error" and out.get("ename") in GUARD_ERRORS:
                    where = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index}"
                    evalue = out.get("evalue") or "no reply from the kernel before the cell timeout"
                    messages.append(f"{path.name}, {where}: {out['ename']}: {evalue}")
    return messages


def record_zero(assignment: str, student: str, grading: Path, timestamp: Path) -> None:
    """A submission with nothing gradable in it: every cell scores 0, as nbgrader does for a missing notebook."""
    from nbgrader.api import Gradebook
    with Gradebook(db_url(grading)) as gb:
        gb.update_or_create_student(student)
        when = timestamp.read_text().strip() if timestamp.is_file() else None
        submission = gb.update_or_create_submission(assignment, student, **({"timestamp": when} if when else {}))
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
        gb.db.commit()


def scores(assignment: str, grading: Path, students: list[str]) -> dict:
    from nbgrader.api import Gradebook, MissingEntry
    found = {}
    with Gradebook(db_url(grading)) as gb:
        for student in students:
            try:
                submission = gb.find_submission(assignment, student)
                found[student] = (submission.score, submission.max_score)
            except MissingEntry:
                pass
    return found


def grade(assignment: str, limits: Limits = Limits(), grading_dir: Path | None = None, force: bool = False,
          progress: bool = True) -> list[Outcome]:
    grading = Path(grading_dir or default_grading_dir()).resolve()
    submitted = grading / "submitted"
    students = sorted(s.name for s in submitted.iterdir() if (s / assignment).is_dir()) if submitted.is_dir() else []
    if not students:
        return []
    manifest_path = grading / "pipeline" / f"{assignment}.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    work = Path(tempfile.mkdtemp(prefix=f"grading-{assignment}-"))
    try:
        with gradebook_lock(grading):
            ensure_in_gradebook(assignment, grading, work)
            settings = f"{assignment_digest(db_url(grading), assignment)}/{limits.fingerprint()}"
            fingerprints = {s: hashlib.sha256((folder_digest(submitted / s / assignment) + settings).encode())
                            .hexdigest() for s in students}
            graded_before = scores(assignment, grading, students)
            todo = [s for s in students
                    if force or manifest.get(s, {}).get("fingerprint") != fingerprints[s] or s not in graded_before]
            outcomes = {s: Outcome(s, "unchanged", manifest[s]["messages"]) for s in students if s not in todo}
            if todo:
                make_template(db_url(grading), assignment, work / "template.db")
                run_class(assignment, todo, limits, grading, work, outcomes, progress)
            final = scores(assignment, grading, students)
        for student, outcome in outcomes.items():
            outcome.score, outcome.max_score = final.get(student, (None, None))
            if outcome.status == "graded":
                manifest[student] = {"fingerprint": fingerprints[student], "messages": outcome.messages}
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
        ordered = [outcomes[s] for s in students]
        write_report(assignment, grading, ordered, limits)
        return ordered
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_class(assignment: str, students: list[str], limits: Limits, grading: Path, work: Path,
              outcomes: dict, progress: bool = True) -> None:
    """Prepare, execute in parallel and record the given students' submissions."""
    submitted = grading / "submitted"
    release = release_notebooks(assignment)
    tasks = []
    for student in students:
        course = work / "courses" / student
        target = course / "submitted" / student / assignment
        outcomes[student] = Outcome(student, "graded", prepare(submitted / student / assignment, release, target))
        (course / "private").mkdir(parents=True)
        if not any(target.glob("*.ipynb")):
            record_zero(assignment, student, grading, target / "timestamp.txt")
            continue
        tasks.append({"student": student, "assignment": assignment, "course": str(course),
                      "template_db": str(work / "template.db"), "cell_timeout": limits.cell_timeout,
                      "time_limit": limits.time_limit, "memory_limit_mb": limits.memory_limit_mb,
                      "hidden": [str(SOLUTIONS), str(REPO / ".git"), str(grading), str(work)]})
    if not tasks:
        return
    staging = work / "staging"
    recorder = Recorder(grading, staging)
    threads = max(1, (os.cpu_count() or 1) // max(1, limits.workers))
    with ProcessPoolExecutor(max_workers=max(1, limits.workers), mp_context=get_context("spawn"),
                             initializer=_init_worker, initargs=(threads,)) as pool, \
            tqdm(total=len(tasks), desc=f"grading {assignment}", unit="submission", disable=not progress) as bar:
        futures = [pool.submit(execute_submission, task) for task in tasks]
        for future in as_completed(futures):
            result = future.result()
            outcome = outcomes[result["student"]]
            executed = work / "courses" / outcome.student / "autograded" / outcome.student / assignment
            if result["success"] and executed.is_dir():
                outcome.messages += guard_messages(executed)
                shutil.move(executed, staging / outcome.student / assignment)
                result = recorder.record(assignment, outcome.student)
            if not result["success"]:
                outcome.status = "not graded"
                errors = [line for line in result.get("log", "").splitlines() if line.startswith("[ERROR]")]
                outcome.messages.append("nbgrader could not grade this submission: "
                                        + "\n".join(errors or [result.get("error", "")])[-1500:])
            bar.update()


class gradebook_lock:
    """One grader at a time writes a course's gradebook (two `make grade` runs would otherwise race)."""

    def __init__(self, grading: Path):
        grading.mkdir(parents=True, exist_ok=True)
        self.path = grading / ".gradebook.lock"

    def __enter__(self):
        self.file = open(self.path, "w")
        fcntl.flock(self.file, fcntl.LOCK_EX)

    def __exit__(self, *exc):
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def write_report(assignment: str, grading: Path, outcomes: list[Outcome], limits: Limits) -> Path:
    isolation = ("kernels sandboxed: no network, solutions/ and the gradebook hidden, the course read-only"
                 if sandbox.available() else "kernels NOT sandboxed (this OS does not allow namespaces)")
    lines = [f"# {assignment}: {len(outcomes)} submissions; {limits.workers} workers; per cell "
             f"{limits.cell_timeout} s, per notebook {limits.time_limit} s and {limits.memory_limit_mb} MiB; "
             f"{isolation}", *[o.line() for o in outcomes]]
    path = grading / "reports" / f"{assignment}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path
