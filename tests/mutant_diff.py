"""Save a wrong answer as a small mutant: a unified diff against its solution cell.

    python tests/mutant_diff.py <assignment> <solution id> <wrong answer .py> <name> "<what is wrong>"

writes tests/mutants/<assignment>/<solution id>/<name>.diff (see tests/test_mutants.py).
"""
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root, for `autograder`
from course_notebooks import MUTANTS, apply_diff, read, solution_index


def make_diff(solution: str, wrong: str, what: str) -> str:
    hunks = difflib.unified_diff(solution.splitlines(), wrong.splitlines(), lineterm="", n=1)
    body = [line for line in hunks if not line.startswith(("---", "+++"))]
    if not body:
        raise SystemExit("the wrong answer is the solution itself")
    text = f"# Mutant: {what}\n" + "\n".join(body) + "\n"
    assert apply_diff(solution, text) == "\n".join(wrong.splitlines())
    return text


def main(assignment, grade_id, wrong_file, name, what):
    path, index = solution_index(assignment)[grade_id]
    solution = read(path).cells[index].source
    wrong = open(wrong_file).read()
    if wrong.startswith("# Mutant:"):
        wrong = wrong.split("\n", 1)[1]
    target = MUTANTS / assignment / grade_id / f"{name}.diff"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(make_diff(solution, wrong, what))
    print(f"wrote {target}")


if __name__ == "__main__":
    main(*sys.argv[1:])
