"""A notebook downloaded from Colab (File → Download .ipynb) is placed by intake and graded like any other.

Colab rewrites a notebook when it saves it. `colab_download` applies those changes to a solved student copy:
- notebook metadata: Colab's `colab` block, `accelerator`, its own kernelspec, `language_info` cut down to the
  name, nbformat 4.0 (`nbformat_minor` 0), and the widget state of progress bars in Colab's own layout
  (models directly under the mime type, without the `state` wrapper nbconvert expects);
- cells: no cell `id` (nbformat 4.0 has none), Colab's id in the cell metadata, `colab`/`outputId`/`executionInfo`
  metadata on executed cells, the course's nbgrader metadata kept beside them;
- outputs as Colab stores them: split stream outputs, its pip warning (`application/vnd.colab-display-data+json`),
  string results tagged `application/vnd.google.colaboratory.intrinsic+json`, HTML tables with Colab's widgets,
  progress-bar widget views, figures, a warning on stderr, and execution counts;
- names: `Copy of <notebook> (1).ipynb` and the like, behind the student id the LMS puts in front.
Whether Colab keeps unknown cell metadata (the nbgrader block) cannot be checked here; one student's download
has it dropped, to show that grading then still gives full marks.

The class goes through the instructor's commands (`python -m autograder intake`, `grade`, `feedback`, which
`make intake`, `make grade` and `make feedback` run) in a temporary grading folder: chapter 1 whole, and the
PyTorch notebook of chapter 5 (a notebook with progress bars and Colab's GPU runtime).
"""
import copy
import json
import random
import subprocess
import sys

import pytest
from nbgrader.api import Gradebook

from autograder.course import REPO, nbgrader_env, source_notebooks
from class_grading import perfect_submission
from course_notebooks import exercises, grade_id, mutant_files, mutant_source, read, release_copy

BASICS, FRAMEWORKS = "01_python_basics", "05_frameworks"
PYTORCH = next(p for p in source_notebooks(FRAMEWORKS) if p.stem == "pytorch")
WRONG_EXERCISE = "cannonball"
UNKNOWN_TO_COLAB = ("nbgrader", "deletable", "editable")   # what a Colab that dropped unknown metadata loses
# A 1x1 PNG: what a figure output holds does not matter to grading, only that it is one.
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


class ColabIds:
    """Colab's cell ids, output ids and widget model ids, reproducible from a seed."""

    def __init__(self, seed: str):
        self.rng = random.Random(seed)

    def cell(self) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                       for _ in range(12))

    def hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        return "-".join(self.hex(n) for n in (8, 4, 4, 4, 12))


def progress_bar(ids: ColabIds, widgets: dict, text: str) -> dict:
    """A tqdm.auto bar as Colab saves it: a widget view, and its models in Colab's flat widget state."""
    box, bar, label = ids.hex(32), ids.hex(32), ids.hex(32)
    widgets[box] = {"model_module": "@jupyter-widgets/controls", "model_name": "HBoxModel",
                    "model_module_version": "1.5.0",
                    "state": {"children": [f"IPY_MODEL_{label}", f"IPY_MODEL_{bar}"]}}
    widgets[bar] = {"model_module": "@jupyter-widgets/controls", "model_name": "FloatProgressModel",
                    "model_module_version": "1.5.0", "state": {"bar_style": "success", "max": 2, "value": 2}}
    widgets[label] = {"model_module": "@jupyter-widgets/controls", "model_name": "HTMLModel",
                      "model_module_version": "1.5.0", "state": {"value": text}}
    return {"output_type": "display_data", "metadata": {},
            "data": {"application/vnd.jupyter.widget-view+json": {"model_id": box, "version_major": 2,
                                                                  "version_minor": 0},
                     "text/plain": [f"{text}:   0%|          | 0/2 [00:00<?, ?it/s]"]}}


def colab_outputs(cell, count: int, ids: ColabIds, widgets: dict) -> list[dict]:
    """Outputs that Colab could have stored for this cell after a run of every cell."""
    meta = cell.metadata.get("nbgrader", {})
    if meta.get("grade_id") == "setup":
        return [{"output_type": "display_data", "metadata": {},
                 "data": {"application/vnd.colab-display-data+json": {"pip_warning": {"packages": ["lark"]},
                                                                      "id": ids.hex(32)}}},
                {"output_type": "stream", "name": "stdout", "text": ["Python 3.13.2 on Linux, "]},
                {"output_type": "stream", "name": "stdout", "text": ["numpy 2.1.3\n", "Devices: GPU\n"]}]
    if "tqdm(" in cell.source:
        return [progress_bar(ids, widgets, "epochs")]
    if "plt." in cell.source:
        return [{"output_type": "display_data", "metadata": {},
                 "data": {"image/png": PNG, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]
    if meta.get("grade"):  # a test that passed in Colab, under a library warning it printed
        return [{"output_type": "stream", "name": "stderr",
                 "text": [("/usr/local/lib/python3.13/dist-packages/numpy/_core/fromnumeric.py:57: "
                           "RuntimeWarning: overflow encountered\n")]}]
    if meta.get("solution"):
        return []
    if count % 2:
        return [{"output_type": "execute_result", "execution_count": count, "metadata": {},
                 "data": {"text/plain": ["'a string result'"],
                          "application/vnd.google.colaboratory.intrinsic+json": {"type": "string"}}}]
    frame = f"df-{ids.uuid()}"
    return [{"output_type": "execute_result", "execution_count": count, "metadata": {},
             "data": {"text/plain": ["   x\n", "0  1"],
                      "text/html": [(f'<div id="{frame}" class="colab-df-container"><table><tr><td>1</td></tr>'
                                     f'</table><button class="colab-df-convert" onclick="convertToInteractive('
                                     f"'{frame}')\">Convert</button></div>")]}}]


def colab_download(nb, seed: str, keep_unknown_metadata: bool = True, bar_hidden_when_graded: bool = False,
                   resaved_with_new_ids: bool = False) -> bytes:
    """The bytes of `nb` as Colab's File → Download .ipynb writes them, every cell having been run.

    `bar_hidden_when_graded`: the first demonstration cell showed a progress bar in Colab that it does not show
    while graded, as chapter 6's `render(..., progress=not GRADING)` does; its widget state stays in the file.
    `resaved_with_new_ids`: the download was opened and saved again by an editor that upgrades it to nbformat 4.5,
    so its cells carry ids, none of them the release's.
    """
    ids, widgets = ColabIds(seed), {}
    cells, count = [], 0
    first_demo = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and not grade_id(c))
    for index, cell in enumerate(nb.cells):
        metadata = {k: v for k, v in copy.deepcopy(cell.metadata).items()
                    if keep_unknown_metadata or k not in UNKNOWN_TO_COLAB}
        saved = {"cell_type": cell.cell_type, "source": cell.source.splitlines(keepends=True), "metadata": metadata}
        metadata["id"] = ids.cell()
        if resaved_with_new_ids:
            saved["id"] = ids.cell()
        if cell.cell_type == "code":
            count += 1
            outputs = colab_outputs(cell, count, ids, widgets)
            if bar_hidden_when_graded and index == first_demo:
                outputs.append(progress_bar(ids, widgets, "tracing"))
            if outputs:
                metadata["colab"] = {"base_uri": "https://localhost:8080/", "height": 35 + (17 * count) % 400}
                metadata["outputId"] = ids.uuid()
            metadata["executionInfo"] = {"status": "ok", "timestamp": 1_793_000_000_000 + 1000 * count,
                                         "user_tz": -60, "elapsed": 12 * count,
                                         "user": {"displayName": "A Student", "userId": ids.hex(20)}}
            saved.update(execution_count=count, outputs=outputs)
        cells.append(saved)
    metadata = {"colab": {"provenance": [], "toc_visible": True, "gpuType": "T4"},
                "kernelspec": {"name": "python3", "display_name": "Python 3"},
                "language_info": {"name": "python"}, "accelerator": "GPU"}
    if widgets:
        metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": widgets}
    return json.dumps({"nbformat": 4, "nbformat_minor": 5 if resaved_with_new_ids else 0, "metadata": metadata,
                       "cells": cells},
                      indent=2, ensure_ascii=False).encode()


def wrong_answer(nb, exercise: str):
    """`nb` with the first mutant of `exercise` (tests/mutants) as its answer, and the grade id of its test cell."""
    nb = copy.deepcopy(nb)
    answer, test = next((s, t) for s, t in exercises(nb) if grade_id(nb.cells[s]) == exercise)
    mutant = next(m for m in mutant_files(BASICS) if m.parent.name == exercise)
    nb.cells[answer].source = mutant_source(mutant, nb.cells[answer].source)
    return nb, grade_id(nb.cells[test])


def points_per_test(path) -> dict:
    """{test cell grade id: points} of a notebook."""
    nb = read(path)
    return {grade_id(nb.cells[t]): nb.cells[t].metadata.nbgrader.points for _, t in exercises(nb)}


def course_command(grading, *args) -> subprocess.CompletedProcess:
    """`python -m autograder ...` with what the Makefile exports (venv on PATH, nbgrader configuration)."""
    done = subprocess.run([sys.executable, "-m", "autograder", *args], cwd=REPO, env=nbgrader_env(grading),
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


BASICS_NOTEBOOK = source_notebooks(BASICS)[0]
# student: (assignment, the notebook handed in, its file name in the downloads, behind the student id)
HANDED_IN = {
    "ada": (BASICS, BASICS_NOTEBOOK, "ada_Copy of python_basics (1).ipynb"),
    "bob": (BASICS, BASICS_NOTEBOOK, "bob_python_basics (1).ipynb"),
    "carl": (BASICS, BASICS_NOTEBOOK, "carl_Copy of python_basics.ipynb"),
    "dora": (FRAMEWORKS, PYTORCH, "dora_Copy of pytorch (1).ipynb"),
}


@pytest.fixture(scope="module")
def handed_in(tmp_path_factory):
    root = tmp_path_factory.mktemp("colab")
    downloads, grading = root / "downloads", root / "grading"
    solved = {path: perfect_submission(read(path), read(release_copy(path))) for path in (BASICS_NOTEBOOK, PYTORCH)}
    mistaken, wrong_test = wrong_answer(solved[BASICS_NOTEBOOK], WRONG_EXERCISE)
    files = {
        "ada": colab_download(solved[BASICS_NOTEBOOK], "ada", bar_hidden_when_graded=True),
        "bob": colab_download(mistaken, "bob", resaved_with_new_ids=True),
        "carl": colab_download(solved[BASICS_NOTEBOOK], "carl", keep_unknown_metadata=False),
        "dora": colab_download(solved[PYTORCH], "dora"),
    }
    for student, (assignment, _, name) in HANDED_IN.items():
        (downloads / assignment).mkdir(parents=True, exist_ok=True)
        (downloads / assignment / name).write_bytes(files[student])
    runs = {assignment: {command: course_command(grading, command, assignment, *extra).stdout
                         for command, extra in [("intake", [str(downloads / assignment)]),
                                                ("grade", ["--workers", "2"])]}
            for assignment in (BASICS, FRAMEWORKS)}
    return {"grading": grading, "files": files, "runs": runs, "wrong_test": wrong_test}


def scores(grading, assignment: str, notebook: str, student: str) -> dict:
    with Gradebook(f"sqlite:///{grading / 'gradebook.db'}") as gb:
        submission = gb.find_submission_notebook(notebook, assignment, student)
        return {grade.name: grade.score for grade in submission.grades}


def test_downloads_have_what_colab_writes(handed_in):
    """The fixture itself: the changes the grading tests rely on are really in the files."""
    ada, bob, carl, dora = (json.loads(handed_in["files"][s]) for s in ("ada", "bob", "carl", "dora"))
    release = read(release_copy(BASICS_NOTEBOOK))
    assert ada["nbformat_minor"] == 0 and ada["metadata"]["accelerator"] == "GPU"
    assert not any("id" in cell for cell in ada["cells"]), "nbformat 4.0 cells carry no id"
    assert all("id" in c["metadata"] for c in ada["cells"]), "Colab keeps its cell id in the metadata"
    assert [c["metadata"].get("nbgrader") for c in ada["cells"]] == [c.metadata.get("nbgrader") for c in release.cells]
    assert not {c["id"] for c in bob["cells"]} & {c.id for c in release.cells}
    assert not any("nbgrader" in c["metadata"] for c in carl["cells"])
    for nb in (ada, dora):
        widgets = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]
        assert widgets and "state" not in widgets, "Colab's widget state has no `state` wrapper"


def test_intake_places_every_download_unchanged(handed_in):
    grading = handed_in["grading"]
    for student, (assignment, notebook, name) in HANDED_IN.items():
        placed = grading / "submitted" / student / assignment / notebook.name
        assert placed.read_bytes() == handed_in["files"][student], f"{name} not placed as {placed}"
        assert "problems 0" in handed_in["runs"][assignment]["intake"], handed_in["runs"][assignment]["intake"]


@pytest.mark.parametrize("student", ["ada", "carl", "dora"])
def test_solved_colab_download_earns_full_marks(handed_in, student):
    assignment, notebook, _ = HANDED_IN[student]
    got = scores(handed_in["grading"], assignment, notebook.stem, student)
    assert got == points_per_test(notebook), f"{student}: {got}\n{handed_in['runs'][assignment]['grade']}"


def test_dropped_nbgrader_metadata_is_restored_and_reported(handed_in):
    assert "cells matched to the release" in handed_in["runs"][BASICS]["grade"].split("carl")[1]


def test_wrong_answer_in_colab_download_loses_exactly_its_exercise(handed_in):
    expected = {test: 0 if test == handed_in["wrong_test"] else points
                for test, points in points_per_test(BASICS_NOTEBOOK).items()}
    assert scores(handed_in["grading"], BASICS, BASICS_NOTEBOOK.stem, "bob") == expected


def test_feedback_is_written_for_colab_downloads(handed_in):
    grading = handed_in["grading"]
    for assignment in (BASICS, FRAMEWORKS):
        course_command(grading, "feedback", assignment)
    for student, (assignment, notebook, _) in HANDED_IN.items():
        assert (grading / "feedback" / student / assignment / f"{notebook.stem}.html").is_file(), student
