"""Intake: put notebooks downloaded from an LMS or Colab where nbgrader expects submissions.

A folder or a zip of `.ipynb` files becomes grading/submitted/<student>/<assignment>/<notebook>.ipynb
(plus nbgrader's timestamp.txt). The student id comes from the file name through a regular expression
with a named group `student_id`. Inputs are only read, never changed; a file that cannot be placed is
copied to grading/unmatched/<assignment>/ and reported, never dropped. (Submissions collected with
nbgrader's own exchange, `nbgrader collect`, are already in place and need no intake.)
"""
import datetime
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .course import assignments, grading_dir as default_grading_dir, source_notebooks

# Default: the id is the start of the file name up to the first underscore, as in "ada_python_basics.ipynb".
DEFAULT_PATTERN = r"^(?P<student_id>[A-Za-z0-9.\-]+)_"


@dataclass
class Incoming:
    name: str                 # path inside the folder or zip, for messages
    data: bytes
    modified: datetime.datetime


@dataclass
class IntakeReport:
    placed: list = field(default_factory=list)       # (source name, destination)
    unchanged: list = field(default_factory=list)    # already submitted with the same bytes
    problems: list = field(default_factory=list)     # (source name, message)

    def lines(self) -> list[str]:
        out = [f"placed {len(self.placed)}, unchanged {len(self.unchanged)}, problems {len(self.problems)}"]
        out += [f"  {name} -> {dest}" for name, dest in self.placed]
        out += [f"  PROBLEM {name}: {message}" for name, message in self.problems]
        return out


def read_source(source: Path) -> list[Incoming]:
    """Every .ipynb in a folder (recursively) or a zip archive, read without changing anything."""
    if source.is_dir():
        return [Incoming(str(p.relative_to(source)), p.read_bytes(),
                         datetime.datetime.fromtimestamp(p.stat().st_mtime, datetime.timezone.utc))
                for p in sorted(source.rglob("*.ipynb")) if p.is_file()]
    with zipfile.ZipFile(source) as archive:
        return [Incoming(info.filename, archive.read(info),
                         datetime.datetime(*info.date_time, tzinfo=datetime.timezone.utc))
                for info in sorted(archive.infolist(), key=lambda i: i.filename)
                if info.filename.endswith(".ipynb") and not info.is_dir()]


def notebook_for(file_name: str, notebooks: list[str]) -> str | None:
    """The release notebook a submitted file stands for: the only one, or the one its name contains."""
    if len(notebooks) == 1:
        return notebooks[0]
    matches = [n for n in notebooks if Path(n).stem in file_name]
    return max(matches, key=len) if len(matches) >= 1 else None


def problem_with_content(data: bytes) -> str | None:
    try:
        nb = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return f"not a valid notebook ({'empty file' if not data.strip() else error})"
    if not isinstance(nb, dict) or "cells" not in nb:
        return "not a valid notebook (no cells)"
    return None


def intake(assignment: str, source: Path, pattern: str = DEFAULT_PATTERN,
           grading_dir: Path | None = None) -> IntakeReport:
    if assignment not in assignments():
        raise ValueError(f"unknown assignment {assignment!r}; known: {', '.join(assignments())}")
    grading_dir = Path(grading_dir or default_grading_dir())
    regex = re.compile(pattern)
    if "student_id" not in regex.groupindex:
        raise ValueError("the pattern needs a named group (?P<student_id>...)")
    notebooks = [p.name for p in source_notebooks(assignment)]
    report = IntakeReport()
    chosen: dict[tuple[str, str], Incoming] = {}
    for item in read_source(Path(source)):
        file_name = Path(item.name).name
        match = regex.search(file_name) or regex.search(item.name)
        notebook = notebook_for(file_name, notebooks)
        if match is None:
            report.problems.append((item.name, f"no student id in the name (pattern {pattern!r})"))
            keep_unmatched(item, assignment, grading_dir)
            continue
        if notebook is None:
            report.problems.append((item.name, f"matches none of the notebooks {notebooks}"))
            keep_unmatched(item, assignment, grading_dir)
            continue
        content_problem = problem_with_content(item.data)
        if content_problem:
            report.problems.append((item.name, content_problem + "; placed anyway, grading will report it"))
        key = (match["student_id"], notebook)
        if key in chosen:
            older, newer = sorted([chosen[key], item], key=lambda i: i.modified)
            report.problems.append((older.name, f"{newer.name} is a newer submission of the same notebook; "
                                                f"the older one is kept in unmatched/"))
            keep_unmatched(older, assignment, grading_dir)
            item = newer
        chosen[key] = item
    for (student, notebook), item in sorted(chosen.items()):
        folder = grading_dir / "submitted" / student / assignment
        destination = folder / notebook
        if destination.exists() and destination.read_bytes() == item.data:
            report.unchanged.append((item.name, destination))
            continue
        folder.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(item.data)
        (folder / "timestamp.txt").write_text(item.modified.strftime("%Y-%m-%d %H:%M:%S.%f %Z"))
        report.placed.append((item.name, destination))
    return report


def keep_unmatched(item: Incoming, assignment: str, grading_dir: Path) -> None:
    target = grading_dir / "unmatched" / assignment / item.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(item.data)
