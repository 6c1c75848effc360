"""The execute step on a Dask cluster: a real `distributed.LocalCluster` with 2 worker processes, each with
a scratch directory of its own, grading the robustness class (tests/test_robustness.py).

The scores must be those the local pool gives (test_robustness checks the pool against the same
expected scores, cell by cell), the sandbox must hold on the workers, a worker killed in the middle of a
submission must cost nothing, and a re-run grades only what changed.
"""
import threading
import time

import nbformat
import psutil
import pytest

from autograder import pipeline, sandbox
from test_robustness import ASSIGNMENT, LIMITS, NAME, STUDENTS, build_class, cell_scores, outputs_text

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("dask-workers")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, local_directory=scratch,
                                  dashboard_address=None, memory_limit=0) as local:
        yield local


@pytest.fixture(scope="module")
def graded(cluster, tmp_path_factory):
    grading = tmp_path_factory.mktemp("robust-dask")
    built = build_class(grading)
    outcomes = {o.student: o for o in pipeline.grade(ASSIGNMENT, LIMITS, grading_dir=grading, progress=False,
                                                     scheduler=cluster.scheduler_address)}
    return {"grading": grading, "built": built, "outcomes": outcomes}


def test_scores_are_those_of_the_local_pool(graded):
    wrong = {}
    for student in STUDENTS:
        expected = graded["built"].expected[student]
        got = cell_scores(graded["grading"], student)
        if got != expected or graded["outcomes"][student].status != "graded":
            wrong[student] = (graded["outcomes"][student].line(), got, expected)
    assert not wrong, wrong


def test_report_names_the_cluster(graded, cluster):
    report = (graded["grading"] / "reports" / f"{ASSIGNMENT}.txt").read_text()
    assert f"2 Dask workers at {cluster.scheduler_address}" in report.splitlines()[0]


def test_sandbox_holds_on_the_workers(graded):
    if not sandbox.available():
        pytest.skip("this OS does not allow the namespaces of the grading sandbox")
    assert "LEAKS: []" in outputs_text(graded["grading"], "snoop")
    assert "WRITTEN: []" in outputs_text(graded["grading"], "vandal")
    assert "NETWORK: blocked" in outputs_text(graded["grading"], "caller")


def kill_worker_running(cluster, student: str, timeout: float = 120) -> str:
    """Wait until some worker runs the student's submission, then kill it and its processes (a lost node)."""
    with distributed.Client(cluster.scheduler_address) as client:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for address, keys in client.processing().items():
                if keys:
                    pid = client.run(lambda: __import__("os").getpid(), workers=[address])[address]
                    worker = psutil.Process(pid)
                    for process in [*worker.children(recursive=True), worker]:
                        process.kill()
                    return address
            time.sleep(0.2)
    raise AssertionError(f"no worker started {student}'s submission within {timeout} s")


def test_killed_worker_costs_nothing_and_rerun_grades_only_what_changed(graded, cluster):
    grading, built = graded["grading"], graded["built"]
    # A correct submission that takes a while, so that its worker can be killed in the middle of it.
    slow = built.appended("divisors", "import time\ntime.sleep(8)")
    nbformat.write(slow, grading / "submitted" / "blank" / ASSIGNMENT / NAME)
    result = {}
    grader = threading.Thread(target=lambda: result.update(outcomes=pipeline.grade(
        ASSIGNMENT, LIMITS, grading_dir=grading, progress=False, scheduler=cluster.scheduler_address)))
    grader.start()
    killed = kill_worker_running(cluster, "blank")
    grader.join(300)
    outcomes = {o.student: o for o in result["outcomes"]}
    assert [s for s, o in outcomes.items() if o.status != "unchanged"] == ["blank"], killed
    assert outcomes["blank"].status == "graded" and outcomes["blank"].score == sum(built.points.values()), \
        outcomes["blank"].line()
    assert cell_scores(grading, "blank") == built.points
    again = pipeline.grade(ASSIGNMENT, LIMITS, grading_dir=grading, progress=False,
                           scheduler=cluster.scheduler_address)
    assert {o.status for o in again} == {"unchanged"}
