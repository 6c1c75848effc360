"""Feedback hides failures inside the hidden tests, also through the tracebacks of `with exercise(...)`.

A small notebook runs in a real kernel with the course's `exercise` helper (from chapter 1's setup cell),
and its outputs go through the feedback step (autograder/feedback.py) as nbgrader's feedback would send them.
"""
import nbclient
import nbformat
import pytest

from autograder.feedback import HIDDEN_NOTE, HideHiddenTestFailures
from course_notebooks import all_source_notebooks, exercise_class_source

ANSWER = '''
def answer(x):
    if x < 0:
        raise ValueError("negative input")
    return 2 * x
'''
# The hidden block starts on line 2: a traceback that quotes the `with` line also quotes the lines after it.
TEST = '''with exercise("Exercise 1: double"):
    ### BEGIN HIDDEN TESTS
    assert answer(-1) == -2, "SECRET negative numbers double too"
    ### END HIDDEN TESTS
    assert answer(3) == {visible}, "answer(3) should be 6"
'''


def graded_test_cell(source):
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "grade_id": "test_answer",
                                 "points": 1, "schema_version": 3}
    return cell


def run(test_source):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(exercise_class_source(all_source_notebooks()[0])),
                                         nbformat.v4.new_code_cell(ANSWER), graded_test_cell(test_source)])
    nbclient.NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=60).execute()
    nb, _ = HideHiddenTestFailures().preprocess(nb, {})
    error = next(o for o in nb.cells[-1].outputs if o.output_type == "error")
    return error.evalue, "\n".join(error.traceback)


@pytest.mark.parametrize("hidden_failure", ["answer(-1) raises", "a hidden check fails"])
def test_hidden_failures_show_only_the_note(hidden_failure):
    test = TEST.format(visible=6)
    if hidden_failure == "a hidden check fails":
        test = test.replace("answer(-1) == -2", "answer(1) == 3")
    evalue, traceback = run(test)
    assert evalue == HIDDEN_NOTE, f"a failure inside the hidden tests is shown: {evalue}"
    assert "SECRET" not in traceback and "negative input" not in traceback, traceback


def test_visible_failures_keep_their_message_without_hidden_lines():
    evalue, traceback = run(TEST.format(visible=7).replace("answer(-1) == -2", "answer(-0.0) == 0"))
    assert evalue == "Exercise 1: double: answer(3) should be 6", evalue
    assert "SECRET" not in traceback and "HIDDEN TESTS" not in traceback, traceback


def test_errors_in_visible_checks_show_every_frame_without_hidden_lines():
    """A converted error shows the test cell twice (both times at its `with` line, with the lines after it)."""
    evalue, traceback = run(TEST.format(visible=6).replace("answer(-1) == -2", "answer(0) == 0")
                            .replace("answer(3) == 6", "answer(-3) == -6"))
    assert evalue.startswith("Exercise 1: double: checking your answer raised ValueError: negative input"), evalue
    assert "SECRET" not in traceback and "HIDDEN TESTS" not in traceback, traceback
