"""The course's two JupyterLabs.

- student (`make lab`): the workspace work/ (made or updated first, see workspace.py) with nbgrader's
  Validate button and assignment list;
- instructor (`make formgrader`): the whole course, with the formgrader and the create-assignment tools.

Each role is a configuration folder in autograder/roles/ (server extensions and disabled lab plugins),
put in front of the course's nbgrader configuration on JUPYTER_CONFIG_PATH.
"""
import os
import sys
from pathlib import Path

from jupyterlab.commands import get_workspaces_dir

from . import workspace
from .course import AUTOGRADER, REPO, nbgrader_env


def lab_command(role: str, ip: str, port: int) -> list[str]:
    root = workspace.work_dir() if role == "student" else REPO
    # --allow-root: JupyterLab refuses root otherwise (containers, CI); it changes nothing for other users.
    return [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--ip={ip}", f"--port={port}",
            f"--ServerApp.root_dir={root}"]


def lab_env(role: str) -> dict:
    env = nbgrader_env()
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([str(AUTOGRADER / "roles" / role), str(AUTOGRADER)])
    # JupyterLab reopens the last layout (open files, folders) from its workspaces folder, which all servers of
    # a user share: the two labs have different roots, so each keeps its layouts in a folder of its own.
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(Path(get_workspaces_dir()) / f"ml-tools-physics-{role}")
    return env


def start(role: str, ip: str = "127.0.0.1", port: int = 8888) -> None:
    """Start JupyterLab for the role, in place of this process (so that Ctrl-C and `docker stop` reach it)."""
    if role == "student":
        changes = workspace.sync()
        for change in changes:
            print(change.line())
        print(f"Your workspace is {workspace.work_dir()}: your answers are saved there.", flush=True)
    os.chdir(REPO)  # `python -m jupyterlab` then finds the course's own server extension (autograder.lab_links)
    command = lab_command(role, ip, port)
    os.execve(command[0], command, lab_env(role))
