"""Benchmarks.

1. How long each solution notebook takes in grading mode, against the course's budgets: each notebook
   runs top to bottom in a fresh kernel with NBGRADER_EXECUTION set, as under `nbgrader autograde`.
2. Grading throughput: the same made-up class graded by plain serial `nbgrader autograde` and by the
   course's pipeline (autograder/pipeline.py), each in its own scratch course; both times, their ratio,
   and whether every score agrees.
3. One training step of the same MLP in numpy, JAX, PyTorch and TensorFlow, eager and compiled: the
   timing section of chapter 5's agreement notebook, run in full (not in grading mode) in a fresh kernel.
4. Chapter 6's ray tracer: ray-steps per second of the source's design and of the compiled tracer on the
   same rays, and the time of the full-size render, from one full run of its notebook.
5. Scale (`--scale N`, alone): a generated class of N submissions graded by the pipeline with 1 and 2
   local workers and on a 2-worker Dask LocalCluster: throughput, the execute time per submission on
   its worker, and the serial part on the grading host (prepare and record, per submission), from
   which the number of workers a class can use follows.
Medians over several runs are reported.
"""
import copy
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import nbclient
import nbformat

from . import pipeline
from .course import NOTEBOOKS, assignments, run_nbgrader, source_notebooks

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


def solved_copy(source, release, unsolved: int | None = None):
    """The release notebook with every answer cell filled in from the solution, except the `unsolved`-th."""
    answers = {c.metadata["nbgrader"]["grade_id"]: c.source for c in source.cells
               if c.metadata.get("nbgrader", {}).get("solution")}
    nb = copy.deepcopy(release)
    answer_cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
    for k, cell in enumerate(answer_cells):
        if k != unsolved:
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
    return nb


def make_class(assignment: str, grading: Path, size: int) -> list[str]:
    """A registered assignment and `size` submissions: mostly solved, some partly, some untouched."""
    run_nbgrader("generate_assignment", assignment, "--force", "--log-level=WARN",
                 f"--CourseDirectory.release_directory={grading / 'release'}", grading_dir=grading, capture=True)
    students = [f"student{i:03d}" for i in range(size)]
    for path in source_notebooks(assignment):
        source = nbformat.read(path, as_version=4)
        release = nbformat.read(NOTEBOOKS / assignment / path.name, as_version=4)
        for i, student in enumerate(students):
            nb = release if i % 5 == 4 else solved_copy(source, release, unsolved=i if i % 5 == 3 else None)
            folder = grading / "submitted" / student / assignment
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, folder / path.name)
    return students


def cell_scores(assignment: str, grading: Path, students: list[str]) -> dict:
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{grading / 'gradebook.db'}") as gb:
        return {(s, nb.name, g.name): g.score for s in students
                for nb in gb.find_submission(assignment, s).notebooks for g in nb.grades}


def throughput(assignment: str, size: int = 20, repeats: int = 3, workers: int | None = None) -> dict:
    serial_s, pipeline_s, agree = [], [], True
    limits = pipeline.Limits(workers=workers or os.cpu_count() or 1)
    for _ in range(repeats):
        root = Path(tempfile.mkdtemp(prefix="bench-"))
        try:
            serial, parallel = root / "serial", root / "pipeline"
            students = make_class(assignment, serial, size)
            make_class(assignment, parallel, size)
            start = time.perf_counter()
            run_nbgrader("autograde", assignment, grading_dir=serial, capture=True)
            serial_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            pipeline.grade(assignment, limits, grading_dir=parallel, progress=False)
            pipeline_s.append(time.perf_counter() - start)
            agree &= cell_scores(assignment, serial, students) == cell_scores(assignment, parallel, students)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    row = {"assignment": assignment, "submissions": size, "workers": limits.workers,
           "serial_s": statistics.median(serial_s), "pipeline_s": statistics.median(pipeline_s),
           "scores_identical": agree, "runs": repeats}
    row["speedup"] = row["serial_s"] / row["pipeline_s"]
    print(f"grading {size} submissions of {assignment}: serial nbgrader autograde {row['serial_s']:.1f} s, "
          f"pipeline with {limits.workers} workers {row['pipeline_s']:.1f} s: {row['speedup']:.2f}x "
          f"(median of {repeats}); scores identical: {'yes' if agree else 'NO'}", flush=True)
    return row


FRAMEWORK_STEPS = ("05_frameworks", "agreement.ipynb")
RAY_TRACER = ("06_black_hole", "black_hole.ipynb")


def run_in_full(assignment: str, name: str, expression: str, timeout: int = 1800):
    """Run a solution notebook in full (not in grading mode) in a fresh kernel; the JSON value of `expression`
    evaluated at its end, or None when there is no such notebook."""
    path = next((p for p in source_notebooks(assignment) if p.name == name), None) \
        if assignment in assignments() else None
    if path is None:
        print(f"no {assignment}/{name}")
        return None
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(f"import json; print(json.dumps({expression}))"))
    client = nbclient.NotebookClient(nb, timeout=timeout, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return json.loads(nb.cells[-1].outputs[0]["text"])


def framework_steps() -> list[dict]:
    """The agreement notebook's table of training-step times (its list `timings`), measured in full."""
    assignment, name = FRAMEWORK_STEPS
    rows = run_in_full(assignment, name, "timings", timeout=900)
    if not rows:
        return []
    numpy_s = next(r["median"] for r in rows if r["name"].startswith("numpy"))
    print(f"one SGD step of chapter 5's MLP ({assignment}/{name}), median after warm-up:")
    for r in rows:
        measured = (f"{r['median'] * 1e6:9.0f} µs  {r['median'] / numpy_s:6.1f} x numpy  first call "
                    f"{r['first'] * 1e3:8.1f} ms") if r["median"] is not None else f"{'—':>12}"
        print(f"  {r['name']:<24} {r['device']:<6} {measured}  {r['note']}", flush=True)
    return rows


def ray_tracer() -> dict:
    """Chapter 6's speed table (its list `speed`: the source's design and the compiled tracer on the same rays)
    and the time of its full-size render, from one run of the notebook in full."""
    assignment, name = RAY_TRACER
    result = run_in_full(assignment, name, "dict(speed=speed, render_s=render_seconds, pixels=N_PIXELS, "
                                           "shadow=measured, expected=expected)")
    if not result:
        return {}
    print(f"chapter 6's ray tracer ({assignment}/{name}), medians after warm-up, float64:")
    rows = result["speed"]
    for r in rows:
        print(f"  {r['name']:<40} {r['device']:<4} {r['rays']:6d} rays x {r['steps']:5d} steps  "
              f"{r['ray_steps_per_s']:10.3g} ray-steps/s", flush=True)
    for rays in sorted({r["rays"] for r in rows}):
        same = [r for r in rows if r["rays"] == rays]
        loop = next(r for r in same if r["name"].startswith("source"))
        best = max(same, key=lambda r: r["ray_steps_per_s"])
        print(f"  at {rays} rays: compiled / source design = {best['ray_steps_per_s'] / loop['ray_steps_per_s']:.1f}x")
    print(f"  full render {result['pixels']} x {result['pixels']} pixels, 800 steps: {result['render_s']:.1f} s; "
          f"shadow tan(alpha) = {result['shadow']:.5f} (theory {result['expected']:.5f})", flush=True)
    return result


def scale(assignment: str = "01_python_basics", size: int = 200) -> list[dict]:
    """Grade one generated class of `size` submissions three ways; each time from an empty gradebook."""
    from distributed import LocalCluster
    root = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows = []
    try:
        make_class(assignment, root / "class", size)
        for name, workers, dask in [("local pool, 1 worker", 1, False), ("local pool, 2 workers", 2, False),
                                    ("Dask LocalCluster, 2 workers", 2, True)]:
            grading = root / name.replace(" ", "_").replace(",", "")
            shutil.copytree(root / "class", grading)
            limits = pipeline.Limits(workers=workers)
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None,
                                   local_directory=root / "dask", memory_limit=0) if dask else None
            try:
                start = time.perf_counter()
                outcomes = pipeline.grade(assignment, limits, grading_dir=grading, progress=False,
                                          scheduler=cluster.scheduler_address if cluster else None)
                wall = time.perf_counter() - start
            finally:
                if cluster:
                    cluster.close()
            rows.append(scale_row(name, workers, wall, outcomes))
            print(format_scale_row(rows[-1]), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    # With one worker the grading host shares the machine least: its figures are the ones to scale from.
    execute, serial = rows[0]["execute_s"], rows[0]["serial_s"]
    print(f"serial part: {serial * 1000:.0f} ms of {execute + serial:.2f} s per submission; the grading host keeps "
          f"up with about {execute / serial:.0f} workers, and a class of N submissions takes at least "
          f"N x {serial:.2f} s however many there are", flush=True)
    return rows


def scale_row(name: str, workers: int, wall: float, outcomes: list) -> dict:
    def per_submission(step):
        times = [o.seconds[step] for o in outcomes if step in o.seconds]
        return statistics.median(times) if times else 0.0
    graded = sum(o.status == "graded" for o in outcomes)
    return {"setup": name, "workers": workers, "submissions": len(outcomes), "graded": graded, "wall_s": wall,
            "per_minute": 60 * len(outcomes) / wall, "execute_s": per_submission("execute"),
            "prepare_s": per_submission("prepare"), "record_s": per_submission("record"),
            "serial_s": per_submission("prepare") + per_submission("record")}


def format_scale_row(row: dict) -> str:
    return (f"{row['setup']:<30} {row['submissions']} submissions ({row['graded']} graded) in {row['wall_s']:6.1f} s: "
            f"{row['per_minute']:5.1f}/min; per submission: execute {row['execute_s']:.2f} s on its worker, "
            f"prepare {row['prepare_s'] * 1000:.0f} ms + record {row['record_s'] * 1000:.0f} ms on the grading host")
