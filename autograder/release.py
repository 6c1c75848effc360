"""Release: stamp the Colab badge into each source notebook, then let nbgrader write the student copies."""
from pathlib import Path

import nbformat

from .course import BADGE_PATTERN, colab_badge, run_nbgrader, source_notebooks


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


def release(assignment: str, release_dir: Path | None = None, grading_dir: Path | None = None) -> None:
    """Regenerate notebooks/<assignment>/ (or release_dir/<assignment>/) from solutions/<assignment>/."""
    for path in source_notebooks(assignment):
        stamp_badge(path, assignment)
    args = ["generate_assignment", assignment, "--force"]
    if release_dir is not None:
        args.append(f"--CourseDirectory.release_directory={release_dir}")
    run_nbgrader(*args, grading_dir=grading_dir)
