"""`make lab` serves the student's lab on the workspace, `make formgrader` the instructor's lab on the course.

The browser walks through both in test_browser.py; these checks talk HTTP only, and also start the student's
lab as an unprivileged user.
"""
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import pytest

from autograder.course import REPO, assignments
from lab_server import serve, stop

TOKEN = "course-test-token"


def get(url):
    # The token goes in a header, so that it survives formgrader's redirects.
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.fixture(scope="module")
def labs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lab")
    env = dict(os.environ, JUPYTER_TOKEN=TOKEN, COURSE_GRADING_DIR=str(tmp / "grading"),
               COURSE_WORK_DIR=str(tmp / "work"))
    started = {}
    try:
        for target in ("lab", "formgrader"):
            started[target] = serve(lambda port: ["make", "--no-print-directory", target, f"LAB_PORT={port}"],
                                    env, tmp / f"{target}.log", REPO, TOKEN)
        yield {target: base for target, (_, base) in started.items()} | {"work": tmp / "work"}
    finally:
        for proc, _ in started.values():
            stop(proc)


def test_student_lab_serves_the_workspace(labs):
    status, page = get(f"{labs['lab']}/lab")
    assert status == 200 and "@jupyter/nbgrader" in page, "the nbgrader lab extension is not loaded"
    status, body = get(f"{labs['lab']}/api/contents")
    assert {item["name"] for item in json.loads(body)["content"]} >= set(assignments()), \
        "the student's lab opens on the workspace with one folder per chapter"
    status, body = get(f"{labs['lab']}/api/contents/01_python_basics/python_basics.ipynb")
    assert status == 200 and json.loads(body)["type"] == "notebook"
    assert (labs["work"] / "01_python_basics" / "python_basics.ipynb").exists()


def test_student_lab_has_no_instructor_tools(labs):
    assert get(f"{labs['lab']}/formgrader")[0] == 404, "the student's lab serves the formgrader"
    status, page = get(f"{labs['lab']}/lab")
    disabled = json.loads(page.split('id="jupyter-config-data"', 1)[1].split(">", 1)[1].split("</script>")[0])
    for plugin in ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"):
        assert plugin in disabled["disabledExtensions"], f"{plugin} is enabled in the student's lab"


def test_formgrader_answers_with_course_assignments(labs):
    status, page = get(f"{labs['formgrader']}/formgrader")
    assert status == 200 and "nbgrader" in page, "formgrader did not answer"
    status, body = get(f"{labs['formgrader']}/formgrader/api/assignments")
    assert status == 200
    names = {a["name"] for a in json.loads(body)}
    assert names == set(assignments()), f"formgrader does not see the course's assignments: {names}"


def test_classic_links_open_in_jupyterlab(labs):
    """The formgrader links to /tree/<folder> and /notebooks/<file>: both labs send them to JupyterLab."""
    for base in (labs["lab"], labs["formgrader"]):
        request = urllib.request.Request(f"{base}/tree/./notebooks/01_python_basics",
                                         headers={"Authorization": f"token {TOKEN}"})
        opener = urllib.request.build_opener(NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(request, timeout=10)
        assert redirect.value.code == 302
        assert redirect.value.headers["Location"].endswith("/lab/tree/notebooks/01_python_basics")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def as_nobody(*command):
    nobody = pwd.getpwnam("nobody")
    return ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups", *command]


def nobody_can_run_python():
    """False where the interpreter lives in a folder that other users cannot enter (e.g. pyenv under /root)."""
    probe = "import os, sys; os.execv(sys.executable, [sys.executable, '-c', ''])"
    return subprocess.run(as_nobody(sys.executable, "-c", probe), capture_output=True).returncode == 0


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                    reason="starting a lab as another user needs root and setpriv")
@pytest.mark.parametrize("command", ["lab", "formgrader"])
def test_labs_run_as_an_unprivileged_user(command):
    if not nobody_can_run_python():
        pytest.skip(f"an unprivileged user cannot run {sys.executable} on this machine")
    nobody = pwd.getpwnam("nobody")
    home = tempfile.mkdtemp(prefix="course-nobody-")
    try:
        os.chown(home, nobody.pw_uid, nobody.pw_gid)
        env = dict(os.environ, JUPYTER_TOKEN=TOKEN, HOME=home, COURSE_GRADING_DIR=f"{home}/grading",
                   COURSE_WORK_DIR=f"{home}/work", JUPYTER_RUNTIME_DIR=f"{home}/runtime")
        proc, base = serve(lambda port: as_nobody(sys.executable, "-m", "autograder", command, f"--port={port}"),
                           env, f"{home}/{command}.log", REPO, TOKEN)
        try:
            if command == "lab":
                status, _ = get(f"{base}/api/contents/01_python_basics/python_basics.ipynb")
                assert status == 200, "the unprivileged student's lab does not serve the chapter"
                assert os.stat(f"{home}/work/01_python_basics/python_basics.ipynb").st_uid == nobody.pw_uid
            else:
                status, body = get(f"{base}/formgrader/api/assignments")
                assert status == 200 and {a["name"] for a in json.loads(body)} == set(assignments()), \
                    "the unprivileged instructor's formgrader does not list the assignments"
        finally:
            stop(proc)
    finally:
        shutil.rmtree(home, ignore_errors=True)
