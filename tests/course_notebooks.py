"""What the tests need to know about the course's notebooks: where they are and how their cells pair up."""
import ast
import re
from pathlib import Path

import nbformat

from autograder.course import NOTEBOOKS, REPO, SOLUTIONS, assignments, source_notebooks

MUTANTS = REPO / "tests" / "mutants"
ALTERNATIVES = REPO / "tests" / "alternatives"
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
SOLUTION_BEGIN, SOLUTION_END = "### BEGIN SOLUTION", "### END SOLUTION"

# Graded exercises each chapter must have (chapter 5 counts over its notebooks).
MIN_EXERCISES = {"01_python_basics": 10, "05_frameworks": 14}
DEFAULT_MIN_EXERCISES = 8


def all_source_notebooks() -> list[Path]:
    return [path for assignment in assignments() for path in source_notebooks(assignment)]


def release_copy(source: Path) -> Path:
    return NOTEBOOKS / source.relative_to(SOLUTIONS)


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def grade_id(cell) -> str | None:
    return nbgrader(cell).get("grade_id")


def is_solution(cell) -> bool:
    return bool(nbgrader(cell).get("solution"))


def is_graded_test(cell) -> bool:
    return cell.cell_type == "code" and bool(nbgrader(cell).get("grade")) and not is_solution(cell)


def exercises(nb) -> list[tuple[int, int]]:
    """(index of solution cell, index of its test cell) for every exercise, in notebook order."""
    pairs = []
    for i, cell in enumerate(nb.cells):
        if is_solution(cell) and i + 1 < len(nb.cells) and is_graded_test(nb.cells[i + 1]):
            pairs.append((i, i + 1))
    return pairs


def strip_region(source: str, begin: str, end: str) -> str:
    """The source without the lines from `begin` to `end` (markers included)."""
    kept, inside = [], False
    for line in source.splitlines():
        if line.strip() == begin:
            inside = True
        if not inside:
            kept.append(line)
        if line.strip() == end:
            inside = False
    return "\n".join(kept)


def region_lines(source: str, begin: str, end: str) -> list[str]:
    """The lines strictly between `begin` and `end` markers."""
    lines, inside = [], False
    for line in source.splitlines():
        if line.strip() == end:
            inside = False
        if inside:
            lines.append(line)
        if line.strip() == begin:
            inside = True
    return lines


def defined_names(source: str) -> set[str]:
    """Names a cell binds at top level (functions, classes, assignments, imports)."""
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    return names


def mutant_files(assignment: str) -> list[Path]:
    """Mutants of an assignment: whole wrong answers (`.py`) and small diffs against the solution cell (`.diff`)."""
    folder = MUTANTS / assignment
    return sorted([*folder.glob("*/*.py"), *folder.glob("*/*.diff")])


HUNK = re.compile(r"@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@")


def apply_diff(source: str, diff: str) -> str:
    """`source` with a unified diff applied. Every context and removed line must match exactly, so a diff that
    no longer fits its solution cell fails loudly instead of testing something else."""
    lines, result, position = source.splitlines(), [], 0
    hunks = 0
    for line in diff.splitlines():
        header = HUNK.match(line)
        if header:
            start = int(header.group(1)) - 1
            if start < position:
                raise ValueError(f"hunks out of order at {line!r}")
            result.extend(lines[position:start])
            position, hunks = start, hunks + 1
        elif hunks and line[:1] in (" ", "-"):
            if position >= len(lines) or lines[position] != line[1:]:
                found = lines[position] if position < len(lines) else "the end of the cell"
                raise ValueError(f"the diff no longer applies: line {position + 1} of the solution cell is "
                                 f"{found!r}, the diff expects {line[1:]!r}")
            if line[0] == " ":
                result.append(line[1:])
            position += 1
        elif hunks and line[:1] == "+":
            result.append(line[1:])
        elif hunks and line == "":
            raise ValueError("a blank line inside a hunk: context lines start with a space")
    if not hunks:
        raise ValueError("no hunk (@@ -l,n +l,n @@) in the diff")
    return "\n".join(result + lines[position:])


def mutant_source(path: Path, solution_source: str) -> str:
    """The wrong answer a mutant file stands for, as the full source of the answer cell."""
    text = path.read_text()
    if path.suffix == ".diff":
        return text.splitlines()[0] + "\n" + apply_diff(solution_source, text)
    return text


def alternative_files(assignment: str) -> list[Path]:
    return sorted((ALTERNATIVES / assignment).glob("*/*.py"))


def solution_index(assignment: str) -> dict[str, tuple[Path, int]]:
    """{solution grade id: (notebook path, index of the solution cell)} for an assignment."""
    index = {}
    for path in source_notebooks(assignment):
        nb = read(path)
        for s, _ in exercises(nb):
            index[grade_id(nb.cells[s])] = (path, s)
    return index


def distinctive_lines(nb, regions) -> set[str]:
    """Lines (stripped, 20 characters or more) inside the marked regions that appear nowhere else in nb.

    `regions` is a list of (begin, end) marker pairs; these are the lines whose presence elsewhere (a student
    copy, a feedback page) would give the regions away.
    """
    public = "\n".join(_strip_all(c.source, regions) for c in nb.cells)
    found = set()
    for cell in nb.cells:
        for begin, end in regions:
            for line in region_lines(cell.source, begin, end):
                line = line.strip()
                if len(line) >= 20 and line not in public:
                    found.add(line)
    return found


def _strip_all(source: str, regions) -> str:
    for begin, end in regions:
        source = strip_region(source, begin, end)
    return source


def exercise_class_source(path: Path) -> str:
    """The `exercise` helper that the notebook's setup cell defines (test cells run inside it)."""
    setup = read(path).cells[1]
    classes = [node for node in ast.parse(setup.source).body
               if isinstance(node, ast.ClassDef) and node.name == "exercise"]
    assert grade_id(setup) == "setup" and len(classes) == 1, f"{path.name}: the setup cell must define `exercise`"
    return ast.get_source_segment(setup.source, classes[0])


HEADING = re.compile(r"^#+\s*(Exercise \d+: .*?)\s*\(\d+ points?\)\s*$", re.M)


def exercise_labels(nb) -> dict[str, str]:
    """{test cell grade id: "Exercise N: title"} from each exercise's statement heading, points left out."""
    labels = {}
    for s, t in exercises(nb):
        match = HEADING.search(nb.cells[s - 1].source)
        assert match, f"the statement of {grade_id(nb.cells[s])} needs a heading '### Exercise N: title (k points)'"
        labels[grade_id(nb.cells[t])] = match.group(1)
    return labels
