import sys
from pathlib import Path

import pytest

# The tests import the course tooling (autograder/) and their own helpers (tests/).
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]


@pytest.fixture(scope="session")
def graded(tmp_path_factory):
    """Every assignment released, submitted by a made-up class and autograded by real nbgrader, once a session
    (tests/class_grading.py): test_grading checks the scores, test_messages what the untouched students read."""
    from class_grading import grade_class
    from course_notebooks import assignments
    return grade_class(assignments(), tmp_path_factory.mktemp("class"))


@pytest.fixture(scope="session")
def live_notebooks():
    """Each solution notebook run once in a live kernel (tests/live_kernel.py), started on first use."""
    from live_kernel import LiveNotebook
    started = {}

    def live(path):
        if path not in started:
            started[path] = LiveNotebook(path).start()
        return started[path]

    yield live
    for notebook in started.values():
        notebook.stop()
