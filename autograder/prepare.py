"""Check a student's submission folder and make it gradable, without touching the files themselves.

What a student hands in is often not what nbgrader expects. `prepare` writes a gradable copy of one
submission folder and returns what it found, in words meant for the instructor and the student:
- a notebook under another name ("python_basics (1).ipynb", "Copy of python_basics.ipynb", or in an
  assignment of several notebooks "Untitled.ipynb" holding one of them) is graded as the expected one
  when that is the only candidate;
- a file that is not a notebook (invalid JSON, an empty file) is left out, so nbgrader scores it 0;
- cells that lost their nbgrader metadata (some editors drop it) get it back by matching them to the
  release: unchanged cells by their source, answer cells by their place between unchanged ones;
- deleted, edited and duplicated test cells are reported (nbgrader itself restores the originals);
  of duplicated cells only the last keeps its metadata;
- the saved widget state is left out: it describes outputs that grading replaces, and Colab's layout of it
  breaks the feedback page.
"""
import copy
import difflib
import json
import shutil
from pathlib import Path

import nbformat

from .course import NOTEBOOKS


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def grade_id(cell) -> str | None:
    return nbgrader_meta(cell).get("grade_id")


def release_notebooks(assignment: str) -> dict[str, nbformat.NotebookNode]:
    return {p.name: nbformat.read(p, as_version=4) for p in sorted((NOTEBOOKS / assignment).glob("*.ipynb"))}


def choose_files(folder: Path, release: dict[str, nbformat.NotebookNode]) -> tuple[dict[str, Path], list[str]]:
    """Which submitted file stands for each expected notebook: the file of that name; else the only file whose
    name contains it ("jax (1).ipynb"); else the file that carries most of its graded cells ("Untitled.ipynb");
    in a one-notebook assignment, else the only other notebook."""
    expected = list(release)
    present = sorted(p for p in folder.glob("*.ipynb") if p.is_file())
    chosen = {name: folder / name for name in expected if (folder / name).is_file()}
    others = [p for p in present if p.name not in expected]
    messages = []
    for name in expected:
        if name in chosen:
            continue
        candidates = [p for p in others if Path(name).stem in p.stem] or carrying_cells_of(release[name], others)
        if not candidates and len(expected) == 1:
            candidates = others
        if len(candidates) == 1:
            chosen[name] = candidates[0]
            others.remove(candidates[0])
            messages.append(f"{candidates[0].name}: graded as {name}")
        else:
            found = ", ".join(p.name for p in present) or "no notebooks"
            messages.append(f"{name}: not submitted (found {found}); scored 0")
    return chosen, messages


def carrying_cells_of(release_nb, files: list[Path]) -> list[Path]:
    """The files that share the most grade ids with the release notebook (none if they share none)."""
    wanted = {grade_id(c) for c in release_nb.cells if grade_id(c)}
    shared = {}
    for path in files:
        nb, problem = read_notebook(path)
        shared[path] = 0 if problem else len(wanted & {grade_id(c) for c in nb.cells if grade_id(c)})
    most = max(shared.values(), default=0)
    return [p for p, n in shared.items() if n == most and n > 0]


def read_notebook(path: Path) -> tuple[nbformat.NotebookNode | None, str | None]:
    data = path.read_bytes()
    if not data.strip():
        return None, f"{path.name}: the file is empty; scored 0"
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
    except (UnicodeDecodeError, json.JSONDecodeError, nbformat.reader.NotJSONError) as error:
        return None, f"{path.name}: not a valid notebook ({type(error).__name__}: {str(error)[:120]}); scored 0"
    except Exception as error:  # nbformat raises several types for structurally broken notebooks
        return None, f"{path.name}: not a readable notebook ({type(error).__name__}: {str(error)[:120]}); scored 0"
    if not isinstance(nb.get("cells"), list):
        return None, f"{path.name}: not a valid notebook (no cells); scored 0"
    return nb, None


def _key(cell) -> tuple[str, str]:
    return cell.get("cell_type", ""), cell.get("source", "").strip()


def restore_metadata(nb, release) -> int:
    """Give cells without nbgrader metadata the metadata of the release cell they stand for.

    Release cells whose grade id the submission lacks are aligned with the submission: a cell with
    unchanged source is matched exactly; the others (the student's answers) are matched, in order, to
    the most similar cell of the same type between the same two unchanged neighbours. Returns the
    number of cells given metadata back.
    """
    present = {grade_id(c) for c in nb.cells if grade_id(c)}
    wanted = {i for i, c in enumerate(release.cells) if grade_id(c) and grade_id(c) not in present}
    free = {j for j, c in enumerate(nb.cells) if not nbgrader_meta(c)}
    if not wanted or not free:
        return 0
    matcher = difflib.SequenceMatcher(None, [_key(c) for c in release.cells], [_key(c) for c in nb.cells],
                                      autojunk=False)
    restored = 0
    for tag, r0, r1, s0, s1 in matcher.get_opcodes():
        pairs = []
        if tag == "equal":
            pairs = list(zip(range(r0, r1), range(s0, s1)))
        else:
            gap = [j for j in range(s0, s1) if j in free]
            for i in range(r0, r1):
                if i not in wanted:
                    continue
                same_type = [j for j in gap if nb.cells[j].cell_type == release.cells[i].cell_type]
                if same_type:
                    best = max(same_type, key=lambda j: difflib.SequenceMatcher(
                        None, release.cells[i].source, nb.cells[j].source).ratio())
                    pairs.append((i, best))
                    gap = gap[gap.index(best) + 1:]  # keep the order of the cells
        for i, j in pairs:
            if i in wanted and j in free:
                nb.cells[j].metadata["nbgrader"] = copy.deepcopy(release.cells[i].metadata["nbgrader"])
                free.discard(j)
                restored += 1
    return restored


def check_cells(nb, release, name: str) -> list[str]:
    """Report test and read-only cells that were deleted, edited or duplicated."""
    messages = []
    ids = [grade_id(c) for c in nb.cells if grade_id(c)]
    for cell in release.cells:
        meta = nbgrader_meta(cell)
        if not meta.get("grade_id") or meta.get("solution"):
            continue
        copies = [c for c in nb.cells if grade_id(c) == meta["grade_id"]]
        kind = "test cell" if meta.get("grade") else "read-only cell"
        if not copies:
            messages.append(f"{name}: {kind} {meta['grade_id']} was deleted; graded with the original")
        elif any(c.source.strip() != cell.source.strip() for c in copies):
            messages.append(f"{name}: {kind} {meta['grade_id']} was edited; graded with the original")
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        messages.append(f"{name}: cell {duplicate} appears {ids.count(duplicate)} times; "
                        "nbgrader grades the last copy only")
    return messages


def deduplicate(nb) -> None:
    """Keep nbgrader metadata on the last cell of each grade id only, as nbgrader's DeduplicateIds does,
    but drop the key altogether: nbgrader 0.9.6 fails on the empty dict it leaves behind."""
    seen = set()
    for cell in reversed(nb.cells):
        if grade_id(cell) in seen:
            del cell.metadata["nbgrader"]
        elif grade_id(cell):
            seen.add(grade_id(cell))


def prepare(folder: Path, release: dict[str, nbformat.NotebookNode], destination: Path) -> list[str]:
    """Write a gradable copy of the submission `folder` into `destination`; return what was found."""
    destination.mkdir(parents=True, exist_ok=True)
    chosen, messages = choose_files(folder, release)
    used = set(chosen.values())
    for path in folder.iterdir():  # data files, timestamp.txt: as they are
        if path.is_file() and path.suffix != ".ipynb":
            shutil.copy2(path, destination / path.name)
    for name, path in sorted(chosen.items()):
        nb, problem = read_notebook(path)
        if problem:
            messages.append(problem)
            continue
        restored = restore_metadata(nb, release[name])
        if restored:
            messages.append(f"{name}: nbgrader metadata was missing; {restored} cells matched to the release")
        messages += check_cells(nb, release[name], name)
        deduplicate(nb)
        # The widget state belongs to the outputs that grading clears; the graded run records its own. Colab's
        # layout of it (no `state` key) would stay when the graded run shows no widget, and nbconvert then
        # fails on it while writing the feedback page.
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, destination / name)
    unused = sorted(p.name for p in folder.glob("*.ipynb") if p not in used)
    if unused:
        messages.append(f"not graded (not part of the assignment): {', '.join(unused)}")
    return messages
