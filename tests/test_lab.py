"""`make lab` serves JupyterLab on the course, with nbgrader's extensions and the formgrader answering."""
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from autograder.course import REPO

TOKEN = "course-test-token"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    # The token goes in a header, so that it survives formgrader's redirects.
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("lab") / "lab.log"
    env = dict(os.environ, JUPYTER_TOKEN=TOKEN, COURSE_GRADING_DIR=str(log.parent / "grading"))
    with open(log, "w") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"LAB_PORT={port}"], cwd=REPO, env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            if proc.poll() is not None:
                pytest.fail(f"make lab exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                get(f"{base}/api/status")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        else:
            pytest.fail(f"JupyterLab did not answer within a minute:\n{log.read_text()[-3000:]}")
        yield base, log
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_lab_page_lists_nbgrader_extension(lab):
    base, _ = lab
    status, page = get(f"{base}/lab")
    assert status == 200 and "@jupyter/nbgrader" in page, "the nbgrader lab extension is not loaded"


def test_formgrader_answers_with_course_assignments(lab):
    base, log = lab
    status, page = get(f"{base}/formgrader")
    assert status == 200 and "nbgrader" in page, f"formgrader did not answer:\n{log.read_text()[-2000:]}"
    status, body = get(f"{base}/formgrader/api/assignments")
    assert status == 200
    names = {a["name"] for a in json.loads(body)}
    assert "01_python_basics" in names, f"formgrader does not see the course's assignments: {names}"


def test_student_notebook_is_served(lab):
    base, _ = lab
    status, body = get(f"{base}/api/contents/notebooks/01_python_basics/python_basics.ipynb")
    assert status == 200 and json.loads(body)["type"] == "notebook"
