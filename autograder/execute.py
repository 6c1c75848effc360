"""nbgrader's Execute step with the limits a class of hundreds needs.

`GuardedExecute` runs a submission like nbgrader's `Execute` (same kernel, same per-cell timeout,
errors recorded in the cells) and adds:
- a wall-clock limit for the whole submission: cells left when it runs out are not run, and say so;
- a memory limit: the kernel's processes are watched and killed when their resident memory exceeds it;
- recovery from a dead or stuck kernel (os._exit, quit(), the memory limit, a loop that ignores the
  interrupt): the cell gets an error that says what happened, a fresh kernel re-runs the cells that
  had completed, and grading goes on with the next cell, so only the cells that depended on the broken
  one lose points;
- a cap on the output a cell may produce, so that a print in a loop cannot exhaust the grader's memory;
- the kernel runs in the sandbox of autograder/sandbox.py.

`execute_submission` is the task a worker runs (autograder/executors.py): one submission, executed
by `nbgrader autograde` in a scratch course of its own, the executed notebooks sent back.
"""
import copy
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil
from jupyter_core.utils import run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute
from traitlets import Integer, default

from .course import AUTOGRADER, REPO, SOLUTIONS
from .executors import SCRATCH
from .sandbox import SandboxedKernelManager


def error_output(ename: str, evalue: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=evalue,
                        traceback=[f"\x1b[0;31m{ename}\x1b[0m: {evalue}"])


class MemoryWatchdog:
    """Kills a process tree whose resident memory exceeds a limit; remembers that it did."""

    def __init__(self, limit_mb: int, interval: float = 0.1):
        self.limit = limit_mb * 2**20
        self.interval = interval
        self.pid = None
        self.fired = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        if self.limit:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            pid = self.pid
            if pid is None:
                continue
            try:
                root = psutil.Process(pid)
                tree = [root, *root.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree)
            except psutil.Error:
                continue
            if rss > self.limit:
                self.fired = True
                for process in tree:
                    try:
                        process.kill()
                    except psutil.Error:
                        pass


class GuardedExecute(Execute):
    time_limit = Integer(0, help="seconds the whole notebook may take (0: no limit)").tag(config=True)
    memory_limit_mb = Integer(0, help="MiB of resident memory the kernel may use (0: no limit)").tag(config=True)
    output_limit = Integer(1_000_000, help="bytes of output kept per cell; the rest is dropped").tag(config=True)
    max_restarts = Integer(3, help="kernel restarts per notebook before the remaining cells are skipped"
                           ).tag(config=True)

    @default("shutdown_kernel")
    def _shutdown_default(self):
        return "immediate"  # the kernel holds nothing worth a graceful shutdown

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", SandboxedKernelManager)
        super().__init__(*args, **kwargs)

    def preprocess(self, nb, resources=None, km=None):
        self._deadline = time.monotonic() + self.time_limit if self.time_limit else None
        self._completed = []          # cells whose effects the running kernel holds
        self._restarts = 0
        self._skip_reason = None      # set when the remaining cells must not run
        self._output_bytes = {}
        self._watchdog = MemoryWatchdog(self.memory_limit_mb)
        self._watchdog.start()
        try:
            return super().preprocess(nb, resources, km)
        finally:
            self._watchdog.stop()

    def _get_timeout(self, cell):
        timeout = super()._get_timeout(cell)
        if self._deadline is None:
            return timeout
        remaining = max(1, int(self._deadline - time.monotonic()))
        return min(timeout, remaining) if timeout else remaining

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not cell.source.strip():
            return cell, resources
        self._output_bytes[index] = 0
        self._watchdog.pid = getattr(getattr(self.km, "provisioner", None), "pid", None)
        if self._skip_reason:
            cell.outputs = [error_output("NotRun", self._skip_reason)]
            return cell, resources
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except (DeadKernelError, CellTimeoutError) as failure:
            cell.outputs.append(error_output(*self._explain(failure)))
            self._recover()
        else:
            if not any(o.output_type == "error" and o.ename == "CellTimeoutError" for o in cell.outputs):
                self._completed.append(index)
        if self._deadline is not None and time.monotonic() >= self._deadline:
            self._skip_reason = f"not run: the notebook used up its time limit of {self.time_limit} s"
        return cell, resources

    def _explain(self, failure: Exception) -> tuple[str, str]:
        if self._watchdog.fired or self.km.memory_limit_hit():
            return "MemoryLimitExceeded", (f"the kernel used more than {self.memory_limit_mb} MiB of memory "
                                           "and was stopped")
        if isinstance(failure, CellTimeoutError):
            return "CellTimeoutError", "the cell ran out of time and did not stop when interrupted"
        return "KernelDied", "the kernel died while running this cell (os._exit, quit(), or a crash)"

    def _recover(self) -> None:
        """A fresh kernel that has re-run the cells which had completed."""
        self._restarts += 1
        self._watchdog.fired = False
        self._watchdog.pid = None
        run_sync(self._async_cleanup_kernel)()
        if self._restarts > self.max_restarts:
            self._skip_reason = f"not run: the kernel had to be restarted more than {self.max_restarts} times"
            return
        self.km = self.create_kernel_manager()
        self.start_new_kernel()
        self.start_new_kernel_client()
        for index in list(self._completed):
            try:
                self.execute_cell(copy.deepcopy(self.nb.cells[index]), index, store_history=False)
            except (DeadKernelError, CellTimeoutError):
                self._completed.remove(index)
                return self._recover()

    def output(self, outs, msg, display_id, cell_index):
        size = len(str(msg.get("content", "")))
        used = self._output_bytes.get(cell_index, 0)
        self._output_bytes[cell_index] = used + size
        if used + size <= self.output_limit:
            return super().output(outs, msg, display_id, cell_index)
        if used <= self.output_limit:
            outs.append(NotebookNode(output_type="stream", name="stdout",
                                     text=f"\n[output beyond {self.output_limit} bytes dropped by the grader]\n"))
        return None


def course_config():
    from traitlets.config.loader import PyFileConfigLoader
    return PyFileConfigLoader("nbgrader_config.py", path=str(AUTOGRADER)).load_config()


def read_folder(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write_folder(files: dict[str, bytes], folder: Path) -> None:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def execute_submission(task: dict, template: bytes) -> dict:
    """Run `nbgrader autograde` on one prepared submission (task["files"]) in its own scratch course,
    with the assignment's gradebook template; the executed notebooks come back in "files"."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.converters import Autograde

    start = time.perf_counter()
    scratch = Path(os.environ[SCRATCH])  # set up by autograder/executors.py
    (scratch / "courses").mkdir(parents=True, exist_ok=True)
    course = Path(tempfile.mkdtemp(prefix=f"{task['student']}-", dir=scratch / "courses"))
    try:
        student, assignment = task["student"], task["assignment"]
        write_folder(task["files"], course / "submitted" / student / assignment)
        (course / "private").mkdir()
        (course / "private" / "gradebook.db").write_bytes(template)
        config = course_config()
        config.CourseDirectory.submitted_directory = str(course / "submitted")
        config.CourseDirectory.autograded_directory = str(course / "autograded")
        config.CourseDirectory.db_url = f"sqlite:///{course / 'private' / 'gradebook.db'}"
        default = Autograde.class_traits()["autograde_preprocessors"].default()
        config.Autograde.autograde_preprocessors = [GuardedExecute if p is Execute else p for p in default]
        config.GuardedExecute.timeout = task["cell_timeout"]
        config.GuardedExecute.time_limit = task["time_limit"]
        config.GuardedExecute.memory_limit_mb = task["memory_limit_mb"]
        config.SandboxedKernelManager.read_only = [str(REPO)]
        # The worker's own folder (other submissions; a Dask worker's data), and what the grading host names.
        config.SandboxedKernelManager.hidden = [str(SOLUTIONS), str(REPO / ".git"), str(scratch), *task["hidden"]]
        config.SandboxedKernelManager.workdirs = [str(course / "autograded")]
        config.SandboxedKernelManager.memory_limit_mb = task["memory_limit_mb"]
        # CPU time for the whole notebook on the threads this worker may use, as a backstop to the wall clock.
        threads = int(os.environ.get("OMP_NUM_THREADS", "1"))
        config.SandboxedKernelManager.cpu_seconds = task["time_limit"] * threads if task["time_limit"] else 0
        result = NbGraderAPI(config=config).autograde(assignment, student, force=True, create=True)
        executed = course / "autograded" / student / assignment
        return {"student": student, "success": result["success"], "log": result.get("log", ""),
                "error": result.get("error", ""), "files": read_folder(executed) if executed.is_dir() else None,
                "seconds": time.perf_counter() - start}
    finally:
        shutil.rmtree(course, ignore_errors=True)
