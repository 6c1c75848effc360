"""The student's workspace: work/<assignment>/, their own copies of the release that no course command replaces.

notebooks/ is the release: `make release`, the formgrader's Generate button and `git pull` all rewrite it.
Students therefore work in work/ (git-ignored). `sync` makes the workspace and offers course updates:

- a chapter not in the workspace yet is copied in;
- a chapter the student has not started (no cell source differs from the release it was copied from;
  outputs do not count) is replaced by the new release;
- a chapter the student has started is never touched: the new release is saved beside it as
  `<name> (update YYYY-MM-DD).ipynb`, once per release version, and the report says so.

The copies get the notebook metadata that this machine's kernel reports (language_info), so that
JupyterLab opens them without marking them modified.
"""
import datetime
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .course import NOTEBOOKS, REPO
from .release import with_kernel_metadata

MANIFEST = ".course-sync.json"


def work_dir() -> Path:
    """The workspace in use: COURSE_WORK_DIR if set, else work/ in the course."""
    return Path(os.environ.get("COURSE_WORK_DIR", REPO / "work"))


def fingerprint(path: Path) -> str:
    """What the student writes: the cell types and sources, not outputs, ids or metadata."""
    nb = nbformat.read(path, as_version=4)
    cells = [[cell.cell_type, cell.source] for cell in nb.cells]
    return hashlib.sha256(json.dumps(cells).encode()).hexdigest()


@dataclass
class Change:
    notebook: str   # relative to the workspace, e.g. 01_python_basics/python_basics.ipynb
    what: str       # new | updated | offered | waiting
    detail: str = ""

    def line(self) -> str:
        text = {"new": "copied into your workspace",
                "updated": "updated to the new course version (you had not started it)",
                "offered": "has a course update; your work is kept, the new version is beside it",
                "waiting": "has a course update waiting beside it"}[self.what]
        return f"{self.notebook}: {text}" + (f": {self.detail}" if self.detail else "")


def copy_release(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    nb = with_kernel_metadata(nbformat.read(source, as_version=4))
    tmp = target.with_name(f".{target.name}.tmp")
    nbformat.write(nb, tmp)
    tmp.replace(target)  # whole or not at all


def free_name(path: Path, day: str) -> Path:
    candidate = path.with_name(f"{path.stem} (update {day}).ipynb")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} (update {day}, {number}).ipynb")
        number += 1
    return candidate


def sync(release: Path = NOTEBOOKS, work: Path | None = None, today: datetime.date | None = None) -> list[Change]:
    """Bring the release into the workspace without overwriting anything the student wrote."""
    work = work_dir() if work is None else work
    day = (today or datetime.date.today()).isoformat()
    work.mkdir(parents=True, exist_ok=True)
    manifest_path = work / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    changes = []
    for source in sorted(release.glob("*/*.ipynb")):
        name = source.relative_to(release).as_posix()
        target = work / name
        new = fingerprint(source)
        entry = manifest.setdefault(name, {})
        if not target.exists():
            copy_release(source, target)
            entry.update(copied=new, offered=None)
            changes.append(Change(name, "new"))
            continue
        mine = fingerprint(target)
        if mine == new:
            entry.update(copied=new, offered=None)
            continue  # the same as the release
        if entry.get("copied") == new:
            continue  # no new release since the copy: the differences are the student's work
        started = mine != entry.get("copied")  # a copy of unknown origin counts as started
        if not started:
            copy_release(source, target)
            entry.update(copied=new, offered=None)
            changes.append(Change(name, "updated"))
        elif (entry.get("offered") or {}).get("fingerprint") == new:
            changes.append(Change(name, "waiting", entry["offered"]["path"]))
        else:
            beside = free_name(target, day)
            copy_release(source, beside)
            entry["offered"] = {"fingerprint": new, "path": beside.relative_to(work).as_posix()}
            changes.append(Change(name, "offered", entry["offered"]["path"]))
    for source in sorted(release.glob("*/*")):  # data files that come with a chapter: copied once
        target = work / source.relative_to(release)
        if source.is_file() and source.suffix != ".ipynb" and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return changes
