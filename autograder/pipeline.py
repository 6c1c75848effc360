"""Grade every submission of an assignment: in parallel, within limits, and only what changed.

    grading/submitted/<student>/<assignment>/     what students handed in (never modified)
      1. prepare   a checked, gradable copy of each submission (autograder/prepare.py)
      2. execute   workers run `nbgrader autograde` on one submission at a time, each in a scratch course
                   with a private copy of the assignment's gradebook entries, the kernel sandboxed and
                   limited (autograder/execute.py, autograder/sandbox.py); the workers are this machine's
                   process pool or a Dask cluster (autograder/executors.py)
      3. record    as each one finishes, nbgrader's autograde without execution (what
                   `nbgrader autograde --no-execute` does) scores the executed notebook into the
                   course gradebook (autograder/gradebook.py), from this process alone: one writer
      4. report    grading/reports/<assignment>.txt; the executed notebooks in grading/autograded/

Re-running grades only submissions whose files, the assignment or the limits changed
(fingerprints and messages in grading/pipeline/<assignment>.json).
"""
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from tqdm import tqdm

from . import gradebook, sandbox
from .course import assignments, grading_dir as default_grading_dir
from .execute import course_config, execute_submission, read_folder, write_folder
from .executors import executor
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
    seconds: dict = field(default_factory=dict)  # prepare, execute (on its worker), record

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
        config.CourseDirectory.db_url = gradebook.db_url(grading)
        config.Execute.enabled = False       # what `nbgrader autograde --no-execute` sets
        config.ClearOutput.enabled = False
        # The worker's autograde validated every cell's nbgrader metadata already; validating it again
        # (jsonschema, cell by cell) would be a third of the recording time, the serial part of grading.
        config.CheckCellMetadata.enabled = False
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


def grade(assignment: str, limits: Limits = Limits(), grading_dir: Path | None = None, force: bool = False,
          progress: bool = True, scheduler: str | None = None) -> list[Outcome]:
    """Grade the new and changed submissions of `assignment`; on the Dask cluster `scheduler` names
    (an address or a scheduler file), else on this machine's cores."""
    grading = Path(grading_dir or default_grading_dir()).resolve()
    submitted = grading / "submitted"
    students = sorted(s.name for s in submitted.iterdir() if (s / assignment).is_dir()) if submitted.is_dir() else []
    if not students:
        return []
    url = gradebook.db_url(grading)
    manifest_path = grading / "pipeline" / f"{assignment}.json"
    work = Path(tempfile.mkdtemp(prefix=f"grading-{assignment}-"))
    try:
        with gradebook.lock(grading, assignment):
            manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
            with gradebook.shared_writes(grading):
                gradebook.ensure_in_gradebook(assignment, grading, work)
                gradebook.register_students(grading, students)
            settings = f"{gradebook.assignment_digest(url, assignment)}/{limits.fingerprint()}"
            fingerprints = {s: hashlib.sha256((folder_digest(submitted / s / assignment) + settings).encode())
                            .hexdigest() for s in students}
            graded_before = gradebook.scores(assignment, grading, students)
            todo = [s for s in students
                    if force or manifest.get(s, {}).get("fingerprint") != fingerprints[s] or s not in graded_before]
            outcomes = {s: Outcome(s, "unchanged", manifest[s]["messages"]) for s in students if s not in todo}
            tasks = prepare_class(assignment, todo, limits, grading, work, outcomes)
            if tasks:
                gradebook.make_template(url, assignment, work / "template.db")
                with executor(limits.workers, work / "scratch", scheduler) as pool:
                    execute_and_record(assignment, tasks, pool, grading, work, outcomes, progress)
                    where = pool.describe()
            else:
                where = "no workers needed"
            final = gradebook.scores(assignment, grading, students)
            for student, outcome in outcomes.items():
                outcome.score, outcome.max_score = final.get(student, (None, None))
                if outcome.status == "graded":
                    manifest[student] = {"fingerprint": fingerprints[student], "messages": outcome.messages}
            manifest_path.parent.mkdir(parents=True, exist_ok=True)
            manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
        ordered = [outcomes[s] for s in students]
        write_report(assignment, grading, ordered, limits, where)
        return ordered
    finally:
        shutil.rmtree(work, ignore_errors=True)


def prepare_class(assignment: str, students: list[str], limits: Limits, grading: Path, work: Path,
                  outcomes: dict) -> list[dict]:
    """Step 1: a gradable copy of each submission, as a task for a worker; a submission with nothing
    gradable scores 0 at once."""
    submitted = grading / "submitted"
    release = release_notebooks(assignment)
    tasks = []
    for student in students:
        target = work / "prepared" / student
        start = time.perf_counter()
        outcomes[student] = Outcome(student, "graded", prepare(submitted / student / assignment, release, target))
        outcomes[student].seconds["prepare"] = time.perf_counter() - start
        if not any(target.glob("*.ipynb")):
            gradebook.record_zero(assignment, student, grading, target / "timestamp.txt")
            continue
        tasks.append({"student": student, "assignment": assignment, "files": read_folder(target),
                      "cell_timeout": limits.cell_timeout, "time_limit": limits.time_limit,
                      "memory_limit_mb": limits.memory_limit_mb, "hidden": [str(grading), str(work)]})
    return tasks


def execute_and_record(assignment: str, tasks: list[dict], pool, grading: Path, work: Path, outcomes: dict,
                       progress: bool = True) -> None:
    """Steps 2 and 3: the workers execute, and each executed submission is recorded as it comes back."""
    staging = work / "staging"
    recorder = Recorder(grading, staging)
    template = pool.share((work / "template.db").read_bytes())
    with tqdm(total=len(tasks), desc=f"grading {assignment}", unit="submission", disable=not progress) as bar:
        futures = [pool.submit(execute_submission, task, template) for task in tasks]
        for future in pool.as_completed(futures):
            result = future.result()
            outcome = outcomes[result["student"]]
            outcome.seconds["execute"] = result["seconds"]
            if result["success"] and result["files"] is not None:
                start = time.perf_counter()
                executed = staging / outcome.student / assignment
                write_folder(result["files"], executed)
                outcome.messages += guard_messages(executed)
                result = recorder.record(assignment, outcome.student)
                outcome.seconds["record"] = time.perf_counter() - start
            if not result["success"]:
                outcome.status = "not graded"
                errors = [line for line in result.get("log", "").splitlines() if line.startswith("[ERROR]")]
                outcome.messages.append("nbgrader could not grade this submission: "
                                        + "\n".join(errors or [result.get("error", "")])[-1500:])
            bar.update()


def write_report(assignment: str, grading: Path, outcomes: list[Outcome], limits: Limits, where: str) -> Path:
    isolation = ("kernels sandboxed: no network, solutions/ and the gradebook hidden, the course read-only"
                 if sandbox.available() else "kernels NOT sandboxed (this OS does not allow namespaces)")
    lines = [f"# {assignment}: {len(outcomes)} submissions; {where}; per cell "
             f"{limits.cell_timeout} s, per notebook {limits.time_limit} s and {limits.memory_limit_mb} MiB; "
             f"{isolation}", *[o.line() for o in outcomes]]
    path = grading / "reports" / f"{assignment}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path
