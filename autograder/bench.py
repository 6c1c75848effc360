"""Benchmark: how long each solution notebook takes in grading mode, against the course's budgets.

Each notebook runs top to bottom in a fresh kernel with NBGRADER_EXECUTION set, as under
`nbgrader autograde`; the median of several runs is reported (kernel start included).
"""
import os
import statistics
import time
from pathlib import Path

import nbclient
import nbformat

from .course import assignments, source_notebooks

# Seconds a solution notebook may take on a 2-core CPU (chapters 1-3 and 4-6).
BUDGET_S = {"01": 60, "02": 60, "03": 60, "04": 150, "05": 150, "06": 150}


def budget(assignment: str) -> int:
    return BUDGET_S.get(assignment[:2], 150)


def run_in_grading_mode(path: Path, timeout: int = 600) -> float:
    """Wall time of one run of the notebook, as nbgrader would execute it."""
    nb = nbformat.read(path, as_version=4)
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        client = nbclient.NotebookClient(nb, timeout=timeout, kernel_name="python3",
                                         resources={"metadata": {"path": str(path.parent)}})
        start = time.perf_counter()
        client.execute()
        return time.perf_counter() - start
    finally:
        del os.environ["NBGRADER_EXECUTION"]


def bench(selected: list[str], repeats: int = 3) -> list[dict]:
    rows = []
    for assignment in selected or assignments():
        for path in source_notebooks(assignment):
            times = [run_in_grading_mode(path) for _ in range(repeats)]
            rows.append({"notebook": f"{assignment}/{path.name}", "median_s": statistics.median(times),
                         "min_s": min(times), "max_s": max(times), "budget_s": budget(assignment)})
            print(format_row(rows[-1]), flush=True)
    return rows


def format_row(row: dict) -> str:
    verdict = "ok" if row["median_s"] <= row["budget_s"] else "OVER BUDGET"
    return (f"{row['notebook']:<48} median {row['median_s']:6.1f} s  (min {row['min_s']:.1f}, "
            f"max {row['max_s']:.1f})  budget {row['budget_s']} s  {verdict}")
