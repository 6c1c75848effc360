"""Where things are in the course, and how to run nbgrader on it."""
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOLUTIONS = REPO / "solutions"
NOTEBOOKS = REPO / "notebooks"
AUTOGRADER = REPO / "autograder"
GRADING = REPO / "grading"

COLAB_BADGE_IMAGE = "https://colab.research.google.com/assets/colab-badge.svg"
BADGE_PATTERN = re.compile(r"\[!\[Open In Colab\]\([^)]*\)\]\([^)]*\)")


def grading_dir() -> Path:
    """The grading folder in use: COURSE_GRADING_DIR if set (as in nbgrader_config.py), else grading/."""
    return Path(os.environ.get("COURSE_GRADING_DIR", GRADING))


def assignments() -> list[str]:
    """Assignment ids, one per chapter folder in solutions/."""
    return sorted(p.name for p in SOLUTIONS.iterdir() if p.is_dir() and not p.name.startswith("."))


def source_notebooks(assignment: str) -> list[Path]:
    return sorted((SOLUTIONS / assignment).glob("*.ipynb"))


def settings() -> dict:
    with open(AUTOGRADER / "course.toml", "rb") as f:
        return tomllib.load(f)


def colab_url(assignment: str, notebook: str) -> str:
    s = settings()
    return (f"https://colab.research.google.com/github/{s['repository']}/blob/{s['branch']}"
            f"/notebooks/{assignment}/{notebook}")


def colab_badge(assignment: str, notebook: str) -> str:
    return f"[![Open In Colab]({COLAB_BADGE_IMAGE})]({colab_url(assignment, notebook)})"


def nbgrader_env(grading_dir: Path | None = None) -> dict:
    """Environment for nbgrader: our config, our grading folder, and the venv's bin on PATH.

    nbgrader runs `alembic` from PATH when it creates a gradebook, so the interpreter's bin folder
    must come first even when nobody activated the venv.
    """
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["JUPYTER_CONFIG_PATH"] = str(AUTOGRADER)
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # keeps debugpy's start-up note out of kernel logs
    if grading_dir is not None:
        env["COURSE_GRADING_DIR"] = str(grading_dir)
    return env


def run_nbgrader(*args: str, grading_dir: Path | None = None, check: bool = True,
                 capture: bool = False) -> subprocess.CompletedProcess:
    """Run one nbgrader command from the repository root."""
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=REPO, env=nbgrader_env(grading_dir),
                          check=check, text=True, capture_output=capture)
