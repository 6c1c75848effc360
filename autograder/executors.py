"""Where the execute step runs: this machine's process pool, or a Dask cluster.

Both offer the same small interface, the one the pipeline uses:

    with executor(workers, scratch, scheduler) as pool:
        shared = pool.share(value)                 # the assignment's template: a Dask cluster gets it once
        futures = [pool.submit(fn, task, shared) for task in tasks]
        for future in pool.as_completed(futures):
            future.result()

Tasks carry everything a worker needs (the submission's files, the assignment's gradebook template, the
limits) and bring back the executed notebooks, so Dask workers need no file system in common with the
grading host: only the course environment and a checkout of the course.
"""
import os
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path

SCRATCH = "AUTOGRADER_SCRATCH"  # the worker's own folder: the scratch course of each submission goes in it


def prepare_worker(threads: int, scratch: str) -> None:
    from sqlalchemy.exc import SAWarning
    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's autoflush notes, harmless
    # Each worker gets its share of the cores: BLAS threads would otherwise fight over them.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(threads)
    Path(scratch).mkdir(parents=True, exist_ok=True)
    os.environ[SCRATCH] = scratch


class LocalPool:
    """`workers` processes on this machine, started fresh (spawn), scratch courses under `scratch`."""

    def __init__(self, workers: int, scratch: Path):
        threads = max(1, (os.cpu_count() or 1) // max(1, workers))
        self.pool = ProcessPoolExecutor(max_workers=max(1, workers), mp_context=get_context("spawn"),
                                        initializer=prepare_worker, initargs=(threads, str(scratch)))
        self.workers = workers

    def share(self, value):
        return value

    def submit(self, fn, *args):
        return self.pool.submit(fn, *args)

    def as_completed(self, futures):
        return as_completed(futures)

    def describe(self) -> str:
        return f"{self.workers} workers"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.pool.shutdown(cancel_futures=True)


class DaskCluster:
    """A Dask cluster named by its scheduler's address (tcp://host:8786) or a scheduler file (HPC).

    Workers should run one task at a time (`--nthreads 1`): each task drives a kernel of its own. A task
    whose worker dies is run again on another one by Dask; its result arrives once.
    """

    def __init__(self, scheduler: str):
        from distributed import Client
        is_file = not scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://", "ws://", "wss://"))
        self.client = Client(scheduler_file=scheduler) if is_file else Client(scheduler)
        self.client.register_plugin(scratch_plugin())

    def share(self, value):
        return self.client.scatter(value, broadcast=True, hash=False)

    def submit(self, fn, *args):
        return self.client.submit(fn, *args, pure=False)

    def as_completed(self, futures):
        from distributed import as_completed as dask_as_completed
        return dask_as_completed(futures)

    def describe(self) -> str:
        return f"{len(self.client.scheduler_info()['workers'])} Dask workers at {self.client.scheduler.address}"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.client.close()


def scratch_plugin():
    """Sets each Dask worker up like a pool worker, its scratch courses in the worker's own local directory."""
    from distributed import WorkerPlugin

    class Scratch(WorkerPlugin):
        name = "autograder-scratch"

        def setup(self, worker):
            prepare_worker(1, worker.local_directory)

    return Scratch()


def executor(workers: int, scratch: Path, scheduler: str | None = None):
    return DaskCluster(scheduler) if scheduler else LocalPool(workers, scratch)
