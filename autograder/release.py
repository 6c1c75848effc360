"""Release: regenerate the student copies in notebooks/ from solutions/, without destroying anyone's edits.

nbgrader's generate_assignment writes the student copies (KernelMetadata below is one of its steps, so the
formgrader's Generate button gives the same files). `release` generates into a scratch folder first and
replaces a release notebook only when nothing would be lost: when it is the committed version, what the
last release on this machine wrote, or already the new version. Anything else (a student's saved answers,
a hand edit) stops the release unless it is forced.
"""
import copy
import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import nbformat
from ipykernel.ipkernel import IPythonKernel
from ipykernel.kernelspec import get_kernel_dict
from nbgrader.preprocessors import NbGraderPreprocessor

from .course import BADGE_PATTERN, NOTEBOOKS, REPO, colab_badge, grading_dir, run_nbgrader, source_notebooks

RECORD = "released.json"  # in the grading folder: sha256 of each notebook the last release wrote


class ReleaseRefused(Exception):
    pass


def with_kernel_metadata(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook with the kernelspec and language_info that JupyterLab would store on opening it here.

    JupyterLab writes the running kernel's language_info into the notebook as soon as the kernel answers;
    a partial one makes every notebook look modified the moment it opens.
    """
    spec = get_kernel_dict()
    nb.metadata["kernelspec"] = {"display_name": spec["display_name"], "language": spec["language"],
                                 "name": "python3"}
    nb.metadata["language_info"] = copy.deepcopy(IPythonKernel.language_info)
    return nb


class KernelMetadata(NbGraderPreprocessor):
    """generate_assignment step (nbgrader_config.py): student copies carry the kernel's metadata."""

    def preprocess(self, nb, resources):
        return with_kernel_metadata(nb), resources


def stamp_badge(path: Path, assignment: str) -> bool:
    """Point the notebook's Colab badge (in its first cell) at its student copy. True if it changed."""
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    if not BADGE_PATTERN.search(first.source):
        raise ValueError(f"{path}: the first cell has no Colab badge to update")
    stamped = BADGE_PATTERN.sub(colab_badge(assignment, path.name), first.source, count=1)
    if stamped == first.source:
        return False
    first.source = stamped
    nbformat.write(nb, path)
    return True


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def committed(path: Path) -> bytes | None:
    """The file as the repository's last commit has it (None outside git or when it is not committed)."""
    try:
        relative = path.resolve().relative_to(REPO)
        done = subprocess.run(["git", "show", f"HEAD:{relative.as_posix()}"], cwd=REPO, capture_output=True)
    except (ValueError, OSError):
        return None
    return done.stdout if done.returncode == 0 else None


def own_changes(target: Path, fresh: Path, record: dict) -> list[Path]:
    """Files in the release folder `target` whose content the new release `fresh` would lose."""
    changed = []
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        data = path.read_bytes()
        new = fresh / path.relative_to(target)
        if new.exists() and new.read_bytes() == data:
            continue
        if record.get(str(path.resolve())) == sha256(data) or committed(path) == data:
            continue
        changed.append(path)
    return changed


def release(assignment: str, release_dir: Path | None = None, grading: Path | None = None,
            force: bool = False) -> list[Path]:
    """Regenerate release_dir/<assignment>/ (default notebooks/) from solutions/<assignment>/.

    Returns the release notebooks written. Raises ReleaseRefused, and changes nothing, when the release
    folder holds changes of its own and force is False.
    """
    release_dir = NOTEBOOKS if release_dir is None else release_dir
    grading = grading_dir() if grading is None else grading
    for path in source_notebooks(assignment):
        stamp_badge(path, assignment)
    target = release_dir / assignment
    record_path = grading / RECORD
    record = json.loads(record_path.read_text()) if record_path.exists() else {}
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / assignment
        run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                     f"--CourseDirectory.release_directory={scratch}", grading_dir=grading)
        if target.exists():
            changed = own_changes(target, fresh, record)
            if changed and not force:
                raise ReleaseRefused(refusal(changed))
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    written = sorted(p for p in target.rglob("*") if p.is_file())
    record.update({str(p.resolve()): sha256(p.read_bytes()) for p in written})
    record_path.parent.mkdir(parents=True, exist_ok=True)
    record_path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    return written


def refusal(changed: list[Path]) -> str:
    names = "\n".join(f"  {p}" for p in changed)
    return (f"not replacing these release files, which have changes of their own:\n{names}\n"
            "They differ from what solutions/ generates, from the committed version and from what the last "
            "release wrote here: someone saved or edited them (students work in work/, not in notebooks/). "
            "Keep a copy of what you need, then run `make release FORCE=1` to replace them.")
