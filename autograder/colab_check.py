"""Every chapter on Colab's own package versions, checked without Colab (`make colab-check`).

Builds .venv-colab/ with Python 3.13 and the versions of autograder/colab_runtime.toml (again whenever that
file changes), then, for every chapter notebook, in a fresh Colab-like working folder outside the repository
with a stand-in `google.colab` module loaded, as on Colab:
- runs the student notebook's setup cell and checks what it would install: only what Colab lacks, never a
  framework or numpy. Every pip call in the kernel is a dry run (PIP_DRY_RUN), whose report lists what
  it would have installed, so the environment itself never changes;
- runs the solution notebook top to bottom in grading mode (NBGRADER_EXECUTION, as nbgrader sets it): it
  passes when no cell raises and no graded cell writes to stderr (nbgrader scores a test cell that raised
  as 0; Colab has no nbgrader, so the cells are checked directly).
A setup cell may write to stderr: where a CUDA driver library is installed but no GPU, TensorFlow logs a
cuInit error there.
"""
import copy
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import nbclient
import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

from .course import AUTOGRADER, NOTEBOOKS, REPO, assignments, source_notebooks
from .pipeline import Limits

RUNTIME_FILE = AUTOGRADER / "colab_runtime.toml"
VENV = REPO / ".venv-colab"
STAMP = VENV / "installed"  # holds the hash of the runtime file the environment was built from
KERNEL_NAME = "colab"

# Run in the kernel before anything else: what Colab has loaded before a notebook's first cell, and the
# dry-run pip. `google` is a namespace package (protobuf lives in it): the stand-in joins it, not replaces it.
STAND_IN = '''
def _stand_in_for_colab(reports):
    import itertools, os, subprocess, sys, types
    try:
        import google
    except ImportError:
        google = sys.modules["google"] = types.ModuleType("google")
        google.__path__ = []
    # Libraries that see google.colab import its `output` module (JAX's debugger does, on import).
    google.colab = sys.modules["google.colab"] = types.ModuleType("google.colab")
    google.colab.__path__ = []
    google.colab.output = sys.modules["google.colab.output"] = types.ModuleType("google.colab.output")
    calls = itertools.count()
    start = subprocess.Popen.__init__

    def each_call_its_own_report(self, *args, **kwargs):
        report = os.path.join(reports, f"pip-{next(calls)}.json")
        os.environ["PIP_REPORT"] = report
        if kwargs.get("env") is not None:
            kwargs["env"] = {**kwargs["env"], "PIP_DRY_RUN": "1", "PIP_REPORT": report}
        start(self, *args, **kwargs)

    subprocess.Popen.__init__ = each_call_its_own_report
'''


def stand_in(reports: Path) -> str:
    """The first cell of every run: the stand-in for Colab, with pip's reports going to that folder."""
    return f"{STAND_IN}\n_stand_in_for_colab({str(reports)!r})\ndel _stand_in_for_colab\n"


def load_runtime(path: Path = RUNTIME_FILE) -> dict:
    with open(path, "rb") as f:
        return tomllib.load(f)


def normalized(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(runtime: dict) -> list[str]:
    """`name==version` for every package, with the substitutions applied."""
    substitutions = runtime.get("substitutions", {})
    return [f"{name}=={substitutions.get(name, {}).get('install', version)}"
            for name, version in runtime["packages"].items()]


def runtime_digest(path: Path = RUNTIME_FILE) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def find_python(version: str) -> str:
    """An interpreter of that minor version: COLAB_PYTHON, pythonX.Y on PATH, or the newest pyenv one."""
    candidates = [os.environ.get("COLAB_PYTHON"), shutil.which(f"python{version}")]
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    if shutil.which("pyenv"):
        pyenv_root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip() or pyenv_root
    installed = glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python{version}")
    candidates += sorted(installed, key=lambda p: [int(n) for n in re.findall(r"\d+", Path(p).parents[1].name)],
                         reverse=True)
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                               capture_output=True, text=True)
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    sys.exit(f"colab-check needs Python {version} (Colab's): install it (e.g. `pyenv install {version}`) "
             f"or set COLAB_PYTHON to its interpreter")


def ensure_environment(runtime: dict) -> Path:
    """.venv-colab at the runtime's versions, rebuilt only when the runtime file changed; its python."""
    python = VENV / "bin" / "python"
    if STAMP.exists() and STAMP.read_text().strip() == runtime_digest():
        return python
    shutil.rmtree(VENV, ignore_errors=True)
    start = time.perf_counter()
    print(f"building {VENV.name}/ with Colab's packages of {runtime['date']} ...", flush=True)
    subprocess.run([find_python(runtime["python"]), "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--quiet", *requirements(runtime)], check=True)
    STAMP.write_text(runtime_digest() + "\n")
    print(f"built {VENV.name}/ in {time.perf_counter() - start:.0f} s", flush=True)
    return python


@dataclass
class Install:
    name: str
    version: str


def judge_installs(installs: list[Install], runtime: dict) -> list[str]:
    """What is wrong with installing these on Colab: a framework or numpy, or a package Colab already has."""
    never = {normalized(n) for n in runtime["never_installed"]["packages"]}
    colab_has = {normalized(n): v for n, v in runtime["packages"].items()}
    problems = []
    for install in installs:
        name = normalized(install.name)
        if name in never:
            problems.append(f"installs {install.name} {install.version}: never a framework or numpy on Colab")
        elif name in colab_has:
            problems.append(f"installs {install.name} {install.version}, which Colab has ({colab_has[name]})")
    return problems


def read_reports(folder: Path) -> list[Install]:
    """What the dry-run pip calls would have installed, from their JSON reports."""
    installs = []
    for report in sorted(folder.glob("pip-*.json")):
        for item in json.loads(report.read_text()).get("install", []):
            installs.append(Install(item["metadata"]["name"], item["metadata"]["version"]))
    return installs


@dataclass
class Run:
    """One notebook executed in the Colab environment."""
    cells: list = field(default_factory=list)  # (index in the notebook, executed cell)
    seconds: float = 0.0

    def first_failure(self) -> str | None:
        """The first cell that raised or, as nbgrader would score it 0, the first graded cell with stderr."""
        for index, cell in self.cells:
            nbgrader = cell.metadata.get("nbgrader", {})
            where = f"cell {index}" + (f" ({nbgrader['grade_id']})" if nbgrader.get("grade_id") else "")
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    return f"{where}: {output.ename}: {first_line(output.evalue)}"
                if output.output_type == "stream" and output.name == "stderr" and nbgrader.get("grade"):
                    return f"{where} writes to stderr: {first_line(output.text)}"
        return None


def first_line(text: str, width: int = 300) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "")[:width]


def kernel_env(reports: Path, grading: bool) -> dict:
    """The kernel's environment: this process's, less the course's paths, with every pip call a dry run."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "JUPYTER_CONFIG_PATH", "NBGRADER_EXECUTION", "VIRTUAL_ENV")}
    env["PATH"] = os.pathsep.join([str(VENV / "bin"), env.get("PATH", "")])
    env["PIP_DRY_RUN"] = "1"
    env["PIP_REPORT"] = str(reports / "pip-unnumbered.json")
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    if grading:
        env["NBGRADER_EXECUTION"] = "autograde"
    return env


def execute(cells: list, workdir: Path, grading: bool, timeout: int) -> Run:
    """Run code cells (index, cell) in a fresh kernel of .venv-colab, in workdir, after the stand-in."""
    reports = workdir.parent / "pip-reports"
    reports.mkdir(exist_ok=True)
    specs = workdir.parent / "kernels"
    (specs / KERNEL_NAME).mkdir(parents=True, exist_ok=True)
    (specs / KERNEL_NAME / "kernel.json").write_text(json.dumps({
        "argv": [str(VENV / "bin" / "python"), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Colab's packages", "language": "python"}))
    manager = KernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(specs)]))
    # nbclient stores each executed cell at its index: the stand-in first, then copies of the cells.
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(stand_in(reports)),
                                         *(copy.deepcopy(cell) for _, cell in cells)])
    client = nbclient.NotebookClient(nb, km=manager, timeout=timeout, allow_errors=True,
                                     resources={"metadata": {"path": str(workdir)}})
    run = Run()
    start = time.perf_counter()
    # The kernel's own stderr (C++ logs of the frameworks probing for a GPU) stays out of the report.
    with client.setup_kernel(env=kernel_env(reports, grading), cwd=str(workdir), stderr=subprocess.DEVNULL):
        for position, index in enumerate([-1, *(index for index, _ in cells)]):
            executed = nb.cells[position]
            try:
                client.execute_cell(executed, position)
            except (nbclient.exceptions.CellTimeoutError, nbclient.exceptions.DeadKernelError) as error:
                executed.outputs = [nbformat.v4.new_output("error", ename=type(error).__name__,
                                                           evalue=str(error), traceback=[])]
                run.cells.append((index, executed))
                break
            run.cells.append((index, executed))
        run.seconds = time.perf_counter() - start
        manager.shutdown_kernel(now=True)  # nbclient leaves a kernel it was handed running
    return run


def code_cells(path: Path) -> list:
    nb = nbformat.read(path, as_version=4)
    return [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]


def check_setup(release: Path, runtime: dict, timeout: int) -> tuple[list[str], list[Install]]:
    """Problems of the student notebook's setup cell on Colab, and what it would install."""
    with tempfile.TemporaryDirectory(prefix="colab-") as scratch:
        content = Path(scratch) / "content"
        content.mkdir()
        run = execute(code_cells(release)[:1], content, grading=False, timeout=timeout)
        installs = read_reports(Path(scratch) / "pip-reports")
    failure = run.first_failure()
    problems = ([failure] if failure else []) + judge_installs(installs, runtime)
    return problems, installs


def check_solution(source: Path, timeout: int) -> tuple[str | None, float]:
    """The first failing cell of the solution notebook run top to bottom (None: it passes), and its time."""
    with tempfile.TemporaryDirectory(prefix="colab-") as scratch:
        content = Path(scratch) / "content"
        content.mkdir()
        run = execute(code_cells(source), content, grading=True, timeout=timeout)
    return run.first_failure(), run.seconds


def describe(runtime: dict, python: Path) -> str:
    version = subprocess.run([str(python), "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True).stdout.strip()
    lines = [f"Colab runtime of {runtime['date']} ({runtime['source']}), checked with Python {version}"]
    for name, sub in runtime.get("substitutions", {}).items():
        lines.append(f"  substitution: {name} {runtime['packages'][name]} -> {sub['install']} ({sub['why']})")
    return "\n".join(lines)


def check(selected: list[str] | None = None) -> int:
    """Run the check on the selected assignments (default: all); print a report; the number of failures."""
    runtime = load_runtime()
    python = ensure_environment(runtime)
    print(describe(runtime, python), flush=True)
    timeout = Limits().cell_timeout
    failures = 0
    for assignment in selected or assignments():
        for source in source_notebooks(assignment):
            name = f"{assignment}/{source.name}"
            release = NOTEBOOKS / assignment / source.name
            problems, installs = check_setup(release, runtime, timeout)
            failure, seconds = check_solution(source, timeout)
            setup = ("setup FAILS: " + "; ".join(problems) if problems else
                     "setup installs " + (", ".join(f"{i.name} {i.version}" for i in installs) or "nothing"))
            solution = f"solution FAILS at {failure}" if failure else f"solution passes ({seconds:.0f} s)"
            verdict = "FAIL" if problems or failure else "pass"
            failures += verdict == "FAIL"
            print(f"{verdict:<4} {name:<46} {setup}; {solution}", flush=True)
    print(f"{failures} failure(s)" if failures else "every chapter passes on Colab's versions")
    return failures
