"""The grading pipeline on a class that mixes correct students with every kind of bad submission.

Each bad submission must be graded to the exact expected score (zero only for the exercises it broke),
with a message in the report; the correct students must be unaffected; no input file may change or
disappear. The class is chapter 1, graded by `autograder.pipeline.grade` into a temporary grading folder.
"""
import copy
import hashlib
import json

import nbformat
import pytest
from nbgrader.api import Gradebook

from autograder import pipeline, sandbox
from autograder.course import NOTEBOOKS, REPO, SOLUTIONS, source_notebooks
from class_grading import perfect_submission
from course_notebooks import exercises, grade_id, read, release_copy

ASSIGNMENT = "01_python_basics"
SOURCE = source_notebooks(ASSIGNMENT)[0]
NAME = SOURCE.name
LIMITS = pipeline.Limits(workers=2, cell_timeout=20, time_limit=240, memory_limit_mb=1024)


def wrap_function(source: str, name: str, misbehaviour: str) -> str:
    """The solution cell, plus a wrapper that misbehaves whenever the test calls `name`."""
    body = "\n".join("    " + line for line in misbehaviour.splitlines())
    return (f"{source}\n\n_original_{name} = {name}\n\ndef {name}(*args, **kwargs):\n{body}\n"
            f"    return _original_{name}(*args, **kwargs)\n")


class ClassBuilder:
    def __init__(self, grading):
        self.grading = grading
        source, self.release = read(SOURCE), read(release_copy(SOURCE))
        self.perfect = perfect_submission(source, self.release)
        self.pairs = {grade_id(self.perfect.cells[s]): (s, t) for s, t in exercises(self.perfect)}
        self.points = {grade_id(self.perfect.cells[t]): self.perfect.cells[t].metadata.nbgrader.points
                       for _, t in self.pairs.values()}
        self.expected = {}     # student -> {test id: points}, or None when nothing may be recorded
        self.messages = {}     # student -> a fragment the report must show

    def folder(self, student, assignment=ASSIGNMENT):
        path = self.grading / "submitted" / student / assignment
        path.mkdir(parents=True, exist_ok=True)
        (path / "timestamp.txt").write_text("2026-11-01 12:00:00.000000 UTC")
        return path

    def add(self, student, nb=None, broken=(), message=None, data=None, name=NAME):
        target = self.folder(student) / name
        if data is not None:
            target.write_bytes(data)
        else:
            nbformat.write(nb, target)
        self.expected[student] = {t: (0 if t in broken or broken == "all" else p) for t, p in self.points.items()}
        if message:
            self.messages[student] = message

    def with_solution(self, exercise, source):
        nb = copy.deepcopy(self.perfect)
        nb.cells[self.pairs[exercise][0]].source = source
        return nb

    def misbehave(self, exercise, function, code):
        solution = self.perfect.cells[self.pairs[exercise][0]].source
        return self.with_solution(exercise, wrap_function(solution, function, code))

    def appended(self, exercise, code):
        solution = self.perfect.cells[self.pairs[exercise][0]].source
        return self.with_solution(exercise, f"{solution}\n\n{code}\n")

    def test_id(self, exercise):
        return grade_id(self.perfect.cells[self.pairs[exercise][1]])


def build_class(grading) -> ClassBuilder:
    c = ClassBuilder(grading)
    for student in ("ada", "emmy", "lise"):
        c.add(student, c.perfect)
    c.add("blank", c.release, broken="all")
    t = c.test_id
    # Runaway code: stopped by the limits; only the exercise it broke loses its points.
    c.add("looper", c.misbehave("involutions", "number_of_involutions", "while True:\n    pass"),
          broken=[t("involutions")], message="CellTimeoutError")
    c.add("stubborn", c.appended("pell", "import time\nwhile True:\n    try:\n        time.sleep(0.05)\n"
                                         "    except KeyboardInterrupt:\n        pass"),
          broken=[t("pell")], message="did not stop when interrupted")
    c.add("hog", c.misbehave("versions", "version_sorted", "_hog = [b'x' * 50_000_000 for _ in range(10_000)]"),
          broken=[t("versions")], message="MemoryLimitExceeded")
    c.add("crasher", c.misbehave("cannonball", "square_pyramids", "import os\nos._exit(1)"),
          broken=[t("cannonball")], message="KernelDied")
    c.add("segfault", c.appended("angular", "import ctypes\nctypes.string_at(0)"), broken=[t("angular")],
          message="KernelDied")
    c.add("exiter", c.misbehave("newton", "newton", "import sys\nsys.exit('done')"), broken=[t("newton")])
    # Attacks on the node: stopped by the limits (processes, disk, memory that grows faster than the watchdog
    # polls); only the exercise that did it loses its points. Where there is no sandbox they hand in the
    # solution instead: the attacks are bounded, but big enough to hurt a machine without the limits.
    limited = sandbox.available()
    c.add("forker", c.misbehave("dirac", "anticommutators", "import os, time\nfor _ in range(2000):\n"
                                                          "    if os.fork() == 0:\n        time.sleep(1)\n"
                                                          "        os._exit(0)") if limited else c.perfect,
          broken=[t("dirac")] if limited else ())
    c.add("filler", c.misbehave("views", "centred", "import os\nfor _folder in ('.', '/tmp', '/dev/shm'):\n"
                                                    "    with open(os.path.join(_folder, 'filler.bin'), 'wb') as _f:\n"
                                                    "        for _ in range(16):\n"
                                                    "            _f.write(b'x' * 2**26)") if limited else c.perfect,
          broken=[t("views")] if limited else ())
    c.add("gobbler", c.misbehave("broadcasting", "pairwise_distances", "_gobbled = b'x' * 3 * 2**30"),
          broken=[t("broadcasting")], message="MemoryLimitExceeded")
    # Noise: graded as if it were not there.
    c.add("chatty", c.appended("consecutive", "for i in range(300_000):\n    print('step', i)"))
    c.add("whiner", c.misbehave("evaluate", "evaluate", "import sys\n"
                                                        "print('debug: evaluate called', file=sys.stderr)"))
    # Edited structure: nbgrader puts the original tests back.
    deleted = copy.deepcopy(c.perfect)
    del deleted.cells[c.pairs["divisors"][1]]
    c.add("deleter", deleted, message="was deleted")
    edited = copy.deepcopy(c.perfect)
    s, test = c.pairs["counter"]
    edited.cells[s].source = c.release.cells[s].source
    edited.cells[test].source = "# looks fine to me\npass"
    c.add("editor", edited, broken=[t("counter")], message="was edited")
    duplicated = copy.deepcopy(c.perfect)
    duplicated.cells.insert(c.pairs["multipliers"][1] + 1, copy.deepcopy(duplicated.cells[c.pairs["multipliers"][1]]))
    c.add("copier", duplicated, message="appears 2 times")
    stripped = copy.deepcopy(c.perfect)
    for cell in stripped.cells:
        cell.metadata.pop("nbgrader", None)
    c.add("colab", stripped, message="cells matched to the release")
    # Files that are not what was asked for.
    c.add("truncated", data=nbformat.writes(c.perfect).encode()[:5000], broken="all", message="not a valid notebook")
    c.add("empty", data=b"", broken="all", message="the file is empty")
    c.add("renamer", c.perfect, name="python_basics (1).ipynb", message="graded as python_basics.ipynb")
    c.add("wanderer", c.perfect)
    nbformat.write(c.perfect, c.folder("wanderer", "99_quantum_gravity") / "quantum.ipynb")
    # Student code that reaches for what it must not: solutions, the gradebook, other students, the network.
    secrets = [str(SOLUTIONS / ASSIGNMENT / NAME), str(grading / "gradebook.db"), str(REPO / ".git" / "HEAD"),
               str(grading / "submitted" / "ada" / ASSIGNMENT / NAME)]
    c.add("snoop", c.appended("divisors", f"""import glob, os
_leaks = [p for p in {secrets!r} if os.path.exists(p)]
_leaks += glob.glob(os.path.abspath('../../../..') + '/**/*.db', recursive=True)
print('LEAKS:', _leaks)"""))
    victims = [str(grading / "submitted" / "ada" / ASSIGNMENT / NAME), str(SOLUTIONS / ASSIGNMENT / NAME),
               str(NOTEBOOKS / ASSIGNMENT / NAME), "../../../../../escaped.txt"]
    # A write counts if it lands outside the kernel's private, throwaway folders (its own and /tmp).
    c.add("vandal", c.appended("involutions", f"""import os
_private = {{os.stat('.').st_dev, os.stat('/tmp').st_dev}}
_written = []
for _path in {victims!r}:
    try:
        with open(_path, 'w') as _f:
            _f.write('{{}}')
        if os.stat(_path).st_dev not in _private:
            _written.append(_path)
    except OSError:
        pass
print('WRITTEN:', _written)"""))
    c.add("caller", c.appended("pell", """import socket
try:
    socket.create_connection(('pypi.org', 443), timeout=3)
    print('NETWORK: reached pypi.org')
except OSError as error:
    print('NETWORK: blocked', type(error).__name__)"""))
    return c


def digests(*folders) -> dict:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


def cell_scores(grading, student) -> dict:
    with Gradebook(f"sqlite:///{grading / 'gradebook.db'}") as gb:
        submission = gb.find_submission_notebook(SOURCE.stem, ASSIGNMENT, student)
        return {grade.name: grade.score for grade in submission.grades}


def outputs_text(grading, student) -> str:
    nb = read(grading / "autograded" / student / ASSIGNMENT / NAME)
    # One line of output may arrive in several stream messages: join those of a cell as they came.
    return "\n".join("".join(o.get("text", "") for o in cell.get("outputs", [])) for cell in nb.cells)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    grading = tmp_path_factory.mktemp("robust")
    built = build_class(grading)
    inputs = [grading / "submitted", SOLUTIONS, NOTEBOOKS]
    before = digests(*inputs)
    outcomes = {o.student: o for o in pipeline.grade(ASSIGNMENT, LIMITS, grading_dir=grading, progress=False)}
    after = digests(*inputs)
    rerun = {o.student: o for o in pipeline.grade(ASSIGNMENT, LIMITS, grading_dir=grading, progress=False)}
    return {"grading": grading, "built": built, "outcomes": outcomes, "before": before, "after": after,
            "rerun": rerun, "report": (grading / "reports" / f"{ASSIGNMENT}.txt").read_text()}


STUDENTS = ["ada", "emmy", "lise", "blank", "looper", "stubborn", "hog", "crasher", "segfault", "exiter",
            "forker", "filler", "gobbler",
            "chatty", "whiner", "deleter", "editor", "copier", "colab", "truncated", "empty", "renamer",
            "wanderer", "snoop", "vandal", "caller"]


@pytest.mark.parametrize("student", STUDENTS)
def test_exact_scores(graded, student):
    outcome = graded["outcomes"][student]
    assert outcome.status == "graded", outcome.line()
    expected = graded["built"].expected[student]
    got = cell_scores(graded["grading"], student)
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}
    assert not wrong, f"(got, expected) per test cell: {wrong}\n{outcome.line()}"
    assert outcome.score == sum(expected.values()) and outcome.max_score == sum(graded["built"].points.values())


EXPLAINED = ["looper", "stubborn", "hog", "gobbler", "crasher", "segfault", "deleter", "editor", "copier", "colab",
             "truncated", "empty", "renamer"]


@pytest.mark.parametrize("student", EXPLAINED)
def test_bad_submission_is_explained(graded, student):
    message = graded["built"].messages[student]
    assert message in graded["outcomes"][student].line(), graded["outcomes"][student].line()
    assert message in graded["report"]


def test_unknown_assignment_is_reported_not_graded(graded):
    problems = pipeline.unknown_assignments(graded["grading"])
    assert problems == ["wanderer/99_quantum_gravity: no assignment called '99_quantum_gravity'; not graded"]


def test_no_input_file_changed_or_dropped(graded):
    changed = [p for p in graded["before"] if graded["before"][p] != graded["after"].get(p)]
    assert not changed, f"inputs changed or removed by grading: {changed}"


def test_student_code_cannot_reach_secrets_or_write_outside(graded):
    if not sandbox.available():
        pytest.skip("this OS does not allow the namespaces of the grading sandbox")
    grading = graded["grading"]
    assert "LEAKS: []" in outputs_text(grading, "snoop"), outputs_text(grading, "snoop")[-2000:]
    assert "WRITTEN: []" in outputs_text(grading, "vandal"), outputs_text(grading, "vandal")[-2000:]
    assert "NETWORK: blocked" in outputs_text(grading, "caller")


def test_huge_output_is_capped(graded):
    text = outputs_text(graded["grading"], "chatty")
    assert len(text) < 200_000, f"{len(text)} characters of output kept"


def test_rerun_grades_only_what_changed(graded):
    assert {o.status for o in graded["rerun"].values()} == {"unchanged"}, \
        [o.line() for o in graded["rerun"].values() if o.status != "unchanged"]
    assert {s: o.score for s, o in graded["rerun"].items()} == {s: o.score for s, o in graded["outcomes"].items()}


def test_changed_submission_is_regraded(graded):
    grading, built = graded["grading"], graded["built"]
    nbformat.write(built.perfect, grading / "submitted" / "blank" / ASSIGNMENT / NAME)
    outcomes = {o.student: o for o in pipeline.grade(ASSIGNMENT, LIMITS, grading_dir=grading, progress=False)}
    assert [s for s, o in outcomes.items() if o.status != "unchanged"] == ["blank"]
    assert outcomes["blank"].score == sum(built.points.values())
    manifest = json.loads((grading / "pipeline" / f"{ASSIGNMENT}.json").read_text())
    assert set(manifest) == set(STUDENTS)
