"""The course's command line loads, and every Makefile entry point names a real subcommand."""
import subprocess
import sys

import pytest

from autograder.course import REPO


@pytest.mark.parametrize("command", ["lab", "formgrader", "update", "release", "intake", "grade", "feedback", "export", "bench"])
def test_subcommand_help(command):
    done = subprocess.run([sys.executable, "-m", "autograder", command, "--help"], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "usage:" in done.stdout
