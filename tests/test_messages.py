"""Every graded test cell explains its failures, also to a student who has not started.

A test cell runs all its checks, hidden ones included, inside `with exercise("Exercise N: title"):`; the locked
setup cell defines `exercise`, which turns whatever goes wrong into an AssertionError that names the exercise
and says what to do (not answered yet, a name not defined, what the student's code raised). So a student never
reads the test's own KeyError or NameError, and every assert carries a message that says what it checked.
"""
import ast

import pytest

from autograder.course import source_notebooks
from course_notebooks import (HIDDEN_BEGIN, HIDDEN_END, all_source_notebooks, assignments, exercise_class_source,
                              exercise_labels, exercises, grade_id, read, strip_region)

SOURCES = all_source_notebooks()
IDS = [f"{p.parent.name}/{p.name}" for p in SOURCES]
# What the helper says when the code under the `with` raised something other than a failed check or a missing
# answer: for an untouched student that something can only come from the test itself.
TEST_CRASHED = "checking your answer raised"


def exercise_block_label(source: str) -> str | None:
    """The label of a cell that is exactly one `with exercise("<label>"):` statement, else None."""
    body = ast.parse(source).body
    if len(body) != 1 or not isinstance(body[0], ast.With) or len(body[0].items) != 1:
        return None
    call = body[0].items[0].context_expr
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "exercise"
            and len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)):
        return None
    return call.args[0].value


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_test_cells_run_inside_their_exercise(path):
    nb = read(path)
    for gid, label in exercise_labels(nb).items():
        source = next(c.source for c in nb.cells if grade_id(c) == gid)
        found = exercise_block_label(source)
        assert found is not None, f"{gid}: the whole cell must be one `with exercise({label!r}):` block"
        assert found == label, f"{gid}: `with exercise({found!r})` must name its statement heading, {label!r}"
        markers = [line for line in source.splitlines() if line.strip() in (HIDDEN_BEGIN, HIDDEN_END)]
        assert markers and all(line.startswith("    ") for line in markers), \
            f"{gid}: the hidden-test markers belong inside the `with` block"
        released = ast.parse(strip_region(source, HIDDEN_BEGIN, HIDDEN_END)).body
        assert len(released) == 1 and released[0].body, f"{gid}: the student's copy must keep visible checks"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_every_assert_says_what_it_checked(path):
    nb = read(path)
    bare = [f"{grade_id(nb.cells[t])}, line {node.lineno}" for _, t in exercises(nb)
            for node in ast.walk(ast.parse(nb.cells[t].source)) if isinstance(node, ast.Assert) and node.msg is None]
    assert not bare, f"asserts without a message (say what was checked): {bare}"


def test_every_setup_cell_defines_the_same_helper():
    versions = {exercise_class_source(path) for path in SOURCES}
    assert len(versions) == 1, "the setup cells define different `exercise` helpers: keep them identical"


@pytest.fixture(scope="module")
def exercise():
    namespace = {}
    exec(exercise_class_source(SOURCES[0]), namespace)
    return namespace["exercise"]


def failure(exercise, check):
    """The exception that leaves `with exercise("E"): check()`."""
    with pytest.raises(BaseException) as caught:
        with exercise("E"):
            check()
    return caught.value


def raiser(error):
    def answer():
        raise error
    return answer


def test_helper_lets_passing_checks_through(exercise):
    with exercise("E"):
        assert 1 + 1 == 2, "arithmetic"


def test_helper_names_the_exercise_in_failed_checks(exercise):
    # (raised by hand: pytest rewrites the messages of the asserts in this file)
    error = failure(exercise, raiser(AssertionError("the list is empty")))
    assert type(error) is AssertionError and str(error) == "E: the list is empty"
    assert str(failure(exercise, raiser(AssertionError()))) == "E: a check failed"


def test_helper_explains_unanswered_exercises(exercise):
    error = failure(exercise, raiser(NotImplementedError()))
    assert type(error) is AssertionError and str(error).startswith("E: not answered yet")
    assert isinstance(error.__cause__, NotImplementedError), "the student's traceback stays attached"


def test_helper_explains_a_missing_name_in_the_test_cell(exercise):
    with pytest.raises(AssertionError) as caught:
        with exercise("E"):
            undefined_answer  # noqa: B018, F821
    assert str(caught.value).startswith("E: name 'undefined_answer' is not defined: run the answer cell above")


def test_helper_reports_other_errors_as_failed_checks(exercise):
    error = failure(exercise, raiser(KeyError("grad")))
    assert type(error) is AssertionError and isinstance(error.__cause__, KeyError)
    line = error.__cause__.__traceback__.tb_lineno
    assert str(error) == f"E: checking your answer raised KeyError: 'grad' (at line {line} of this test cell)", \
        "the message names the line of the test that raised (the notebook shows the `with` line)"


def test_helper_blames_a_name_error_inside_the_answer_on_the_answer(exercise):
    def answer():
        return undefined_helper  # noqa: F821 -- a name the student's own code misspelt
    error = failure(exercise, answer)
    assert str(error).startswith("E: checking your answer raised NameError: name 'undefined_helper' is not defined")


def test_helper_lets_interrupts_through(exercise):
    assert type(failure(exercise, raiser(KeyboardInterrupt()))) is KeyboardInterrupt
    assert type(failure(exercise, raiser(SystemExit(1)))) is SystemExit


@pytest.mark.parametrize("assignment", assignments())
def test_untouched_student_reads_which_exercise_to_answer(graded, assignment):
    """The untouched copies as `nbgrader autograde` ran them (hidden tests restored), from the class graded once."""
    problems = []
    for path in source_notebooks(assignment):
        labels = exercise_labels(read(path))
        autograded = graded[assignment]["autograded"]["untouched"][path.stem]
        seen = set()
        for cell in autograded.cells:
            gid = grade_id(cell)
            if gid not in labels:
                continue
            seen.add(gid)
            errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
            if not errors:
                problems.append(f"{gid}: no error")
                continue
            ename, evalue = errors[-1].ename, errors[-1].evalue
            if ename != "AssertionError" or not evalue.startswith(f"{labels[gid]}: "):
                problems.append(f"{gid}: {ename}: {evalue}")
            elif TEST_CRASHED in evalue:
                problems.append(f"{gid}: the test itself failed on an unanswered exercise: {evalue}")
        problems += [f"{gid}: not graded" for gid in sorted(set(labels) - seen)]
    assert not problems, "untouched test cells must fail with their exercise's AssertionError:\n" + "\n".join(problems)
