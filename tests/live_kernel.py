"""Run a notebook once in a live kernel, then swap cells in and out of it.

Executing a whole notebook for every mutant would cost a kernel start and every slow cell each time;
instead the solution notebook runs once and each mutant replaces its solution cell in the running kernel.
"""
import copy
import logging
import os

import nbclient
import nbformat
from nbgrader.utils import determine_grade

from course_notebooks import defined_names

log = logging.getLogger(__name__)


class LiveNotebook:
    def __init__(self, path, timeout=150):
        self.path, self.timeout = path, timeout
        self.nb = nbformat.read(path, as_version=4)
        self._kernel = None
        self._starting = False
        self.restarts = 0

    def start(self):
        """Start the kernel as nbgrader would (NBGRADER_EXECUTION set) and run the whole notebook."""
        # nbclient writes executed cells into the notebook it is given: hand it a scratch copy.
        self.client = nbclient.NotebookClient(copy.deepcopy(self.nb), timeout=self.timeout, kernel_name="python3",
                                              allow_errors=True, resources={"metadata": {"path": str(self.path.parent)}})
        self._starting = True
        os.environ["NBGRADER_EXECUTION"] = "autograde"
        try:
            self._kernel = self.client.setup_kernel()
            self._kernel.__enter__()
        finally:
            del os.environ["NBGRADER_EXECUTION"]
        self.stderr_in_tests = []  # nbgrader's IgnorePattern would hide these: the solution must not write any
        for index, cell in enumerate(self.nb.cells):
            if cell.cell_type == "code":
                executed = self.run(cell.source, index)
                if cell.metadata.get("nbgrader", {}).get("grade"):
                    self.stderr_in_tests += [o.text for o in executed.outputs
                                             if o.output_type == "stream" and o.name == "stderr"]
        self._starting = False
        return self

    def stop(self):
        if self._kernel is not None:
            self._kernel.__exit__(None, None, None)
            self._kernel = None

    def run(self, source, index=0):
        """Execute source in the live kernel; return the executed cell (with its outputs)."""
        cell = nbformat.v4.new_code_cell(source)
        try:
            self.client.execute_cell(cell, index)
        except (nbclient.exceptions.CellTimeoutError, nbclient.exceptions.DeadKernelError) as error:
            if self._starting:
                raise  # the solution notebook itself hangs or crashes
            # Grading fails such a cell too. Start afresh, so that one hang costs one cell timeout, not one per
            # later test on this kernel.
            log.warning("%s: restarting the live kernel after %s", self.path.name, type(error).__name__)
            self.stop()
            self.start()
            self.restarts += 1
            cell.outputs = [nbformat.v4.new_output("error", ename=type(error).__name__, evalue=str(error), traceback=[])]
        return cell

    def forget(self, names):
        """Remove names from the kernel, so that a replacement cell cannot lean on the old definitions."""
        self.run(f"for _name in {sorted(names)!r}:\n    globals().pop(_name, None)")

    def replace_and_test(self, solution_index, source):
        """Run `source` in place of the solution cell, then its test cell; return (score, max, test outputs)."""
        solution = self.nb.cells[solution_index].source
        restarts = self.restarts
        self.forget(defined_names(solution))
        replaced = self.run(source, solution_index)
        test = self.nb.cells[solution_index + 1]
        if self.restarts != restarts:  # the answer hung or crashed the kernel: no points, as in grading
            return 0, float(test.metadata.nbgrader["points"]), replaced.outputs
        executed = self.run(test.source, solution_index + 1)
        executed.metadata["nbgrader"] = dict(test.metadata.nbgrader)
        if self.restarts != restarts:
            return 0, float(test.metadata.nbgrader["points"]), executed.outputs
        # Scored as `nbgrader autograde` scores it: the course's IgnorePattern drops stderr from test cells
        # (a library's warning must not zero a correct answer). The solutions' own silence is checked apart.
        scored = copy.deepcopy(executed)
        scored.outputs = [o for o in scored.outputs if not (o.output_type == "stream" and o.name == "stderr")]
        score, max_score = determine_grade(scored, log)
        return score, max_score, executed.outputs
