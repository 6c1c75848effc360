"""The course in a real browser: Playwright drives Chromium through the student's and the instructor's labs.

Both labs run on a scratch copy of the course (its own work/, grading/ and release folder), started the way
`make lab` and `make formgrader` start them. Every test fails on a console error from the course's own pages.
Needs Debian's Chromium (`apt-get install chromium`); without a browser the module is skipped and says so.
"""
import json
import os
import re
import shutil
import sys

import pytest

from autograder.course import REPO, assignments
from course_notebooks import exercise_labels, grade_id, read
from lab_server import serve, stop

BROWSER = next((path for path in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "")
                if path and os.path.exists(path)), None)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (it is in requirements.txt)")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium: install Debian's package (apt-get install "
                                                         "chromium) to run the browser tests, see README")

TOKEN = "browser-test-token"
CHAPTER = "01_python_basics"
NOTEBOOK = f"{CHAPTER}/python_basics.ipynb"
ANSWERED = "counter"  # the exercise the student answers in the browser
# Without a network: no background requests from Chromium, and no sandbox (the tests may run as root).
CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A scratch course with the student's lab and the instructor's lab running on it."""
    tmp = tmp_path_factory.mktemp("browser")
    root = tmp / "course"
    for folder in ("autograder", "solutions", "notebooks"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # Test-only lab settings: every cell in the DOM (the default attaches off-screen cells lazily).
    settings = tmp / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    env = dict(os.environ, JUPYTER_TOKEN=TOKEN, COURSE_GRADING_DIR=str(tmp / "grading"),
               JUPYTERLAB_SETTINGS_DIR=str(tmp / "settings"), JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"))
    env.pop("COURSE_WORK_DIR", None)
    labs = {}
    try:
        for role in ("lab", "formgrader"):
            labs[role] = serve(lambda port: [sys.executable, "-m", "autograder", role, f"--port={port}"], env,
                               tmp / f"{role}.log", root, TOKEN, wait_s=240)
        yield {"root": root, "student": labs["lab"][1], "instructor": labs["formgrader"][1]}
    finally:
        for proc, _ in labs.values():
            stop(proc)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=BROWSER, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, course):
    """A browser tab; at the end of the test, no console error may have come from the course's pages."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    errors = []
    own = (course["student"], course["instructor"])

    def watch(tab):
        tab.on("console", lambda m: m.type == "error" and (m.location.get("url") or "").startswith(own)
               and errors.append(f"{m.location.get('url')}: {m.text}"))
        tab.on("pageerror", lambda e: errors.append(f"{tab.url}: {e}"))

    context.on("page", watch)
    tab = context.new_page()
    yield tab
    context.close()
    assert not errors, "console errors on the course's pages:\n" + "\n".join(errors)


def open_notebook(page, base, path):
    page.goto(f"{base}/lab/tree/{path}?token={TOKEN}")
    # The status bar says Idle once the kernel has connected and answered (the toolbar's indicator is idle earlier).
    page.locator(".jp-StatusBar-Widget", has_text="| Idle").wait_for()
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")


def run_cell(page, cell):
    """Run one cell as a student does (click into it, Shift+Enter) and wait until it has finished."""
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    page.wait_for_function("prompt => /\\[\\d+\\]/.test(prompt.textContent)",
                           arg=cell.locator(".jp-InputPrompt").element_handle())
    return cell.locator(".jp-OutputArea").inner_text()


def save(page):
    """Save the current notebook and wait until the server has written the file.

    The tab's modified mark alone cannot tell: an unmodified tab has none before the save starts."""
    with page.expect_response(lambda r: "/api/contents/" in r.url and r.request.method == "PUT") as saved:
        page.keyboard.press("Control+s")
    assert saved.value.ok, f"saving failed: HTTP {saved.value.status}"
    page.wait_for_function("() => !document.querySelector('.lm-TabBar-tab.jp-mod-current.jp-mod-dirty')")


def menu_items(page, menu):
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).click()
    items = page.locator(".lm-Menu-itemLabel").all_inner_texts()
    page.keyboard.press("Escape")
    return [item.strip() for item in items if item.strip()]


def test_student_lab_shows_only_student_tools(page, course):
    open_notebook(page, course["student"], NOTEBOOK)
    items = menu_items(page, "Nbgrader")
    assert "Assignment List" in items, f"the student's Nbgrader menu: {items}"
    for tool in ("Formgrader", "Create Assignment", "Course List"):
        assert not any(tool in item for item in items), f"the student sees the instructor's {tool}: {items}"


def test_chapter_opens_clean_and_saves_unchanged(page, course):
    path = course["root"] / "work" / NOTEBOOK
    before = path.read_bytes()
    open_notebook(page, course["student"], NOTEBOOK)
    # With incomplete metadata JupyterLab marks the tab modified about 0.1 s after the kernel answers.
    try:
        page.wait_for_selector(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty", timeout=3000)
    except sync_api.TimeoutError:
        pass  # still unmodified
    else:
        pytest.fail("the notebook is marked modified on opening, before any edit")
    page.locator(".jp-Notebook").first.click()
    save(page)
    assert path.read_bytes() == before, "opening and saving without edits changed the notebook file"


def test_student_answers_an_exercise_and_validates(page, course):
    source = read(REPO / "solutions" / NOTEBOOK)
    labels = exercise_labels(source)
    answer = next(c.source for c in source.cells if grade_id(c) == ANSWERED)
    ids = [grade_id(c) for c in source.cells]
    cells = open_notebook(page, course["student"], NOTEBOOK)
    assert cells.count() == len(ids)
    assert "Python 3" in run_cell(page, cells.nth(ids.index("setup"))), "the setup cell reports the environment"

    solution = cells.nth(ids.index(ANSWERED))
    solution.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(answer)
    run_cell(page, solution)
    output = run_cell(page, cells.nth(ids.index(ANSWERED) + 1))
    assert "Error" not in output, f"the test of the answered exercise fails in the browser:\n{output}"
    unanswered = next(test for test in labels if test != f"test_{ANSWERED}")
    output = run_cell(page, cells.nth(ids.index(unanswered)))
    assert f"AssertionError: {labels[unanswered]}" in output, \
        f"an unanswered exercise's test does not say which exercise fails:\n{output}"
    save(page)
    saved = read(course["root"] / "work" / NOTEBOOK)
    assert next(c.source for c in saved.cells if grade_id(c) == ANSWERED) == answer, "the answer was not saved"

    page.get_by_role("button", name="Validate").click()
    dialog = page.locator(".jp-Dialog", has_text="Validation Results")
    dialog.wait_for(timeout=120_000)
    text = dialog.inner_text()
    failing = set(re.findall(r"AssertionError: (Exercise \d+: [^\n]*?): ", text))
    assert failing == {label for test, label in labels.items() if test != f"test_{ANSWERED}"}, \
        f"Validate should name every unanswered exercise and not the answered one:\n{text[:3000]}"
    page.keyboard.press("Escape")


def test_formgrader_lists_every_assignment(page, course):
    page.goto(f"{course['instructor']}/formgrader?token={TOKEN}")
    rows = page.locator("tr:has(td.name a)")
    rows.first.wait_for()
    names = {row.split("\t")[0].strip() for row in rows.all_inner_texts()}
    assert names == set(assignments()), f"the formgrader lists {names}"


def test_preview_opens_the_release(page, course):
    page.goto(f"{course['instructor']}/formgrader?token={TOKEN}")
    row = page.locator("tr:has(td.name a)", has_text=CHAPTER)
    with page.context.expect_page() as opened:
        row.locator("td.preview a").click()
    preview = opened.value
    preview.wait_for_selector(".jp-DirListing-item")
    assert preview.url.split("?")[0].endswith(f"/lab/tree/notebooks/{CHAPTER}"), preview.url
    listed = preview.locator(".jp-DirListing-itemName").all_inner_texts()
    assert "python_basics.ipynb" in [name.strip() for name in listed], f"the preview shows {listed}"
    assert preview.locator(".jp-Dialog").count() == 0, preview.locator(".jp-Dialog").inner_text()


def test_generate_keeps_the_students_work(page, course):
    work = course["root"] / "work" / NOTEBOOK
    if not work.exists():
        pytest.fail("the student's workspace was not made")
    saved = work.read_bytes()
    page.goto(f"{course['instructor']}/formgrader?token={TOKEN}")
    row = page.locator("tr:has(td.name a)", has_text=CHAPTER)
    row.locator("td.assign a").click()
    modal = page.locator(".modal-dialog", has_text="student version")
    modal.wait_for(timeout=120_000)
    assert "Successfully created" in modal.inner_text(), modal.inner_text()
    assert work.read_bytes() == saved, "generating the student version changed the student's saved work"
    assert (course["root"] / "notebooks" / NOTEBOOK).exists(), "the release notebook is gone"


def test_preview_from_the_lab_opens_the_release(page, course):
    """In the instructor's lab the formgrader runs in a frame and its links drive the lab's file browser."""
    page.goto(f"{course['instructor']}/lab?token={TOKEN}")
    page.wait_for_selector(".jp-DirListing-item")
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    page.locator(".lm-Menu-itemLabel", has_text="Formgrader").first.click()
    frame = page.frame_locator("#formgrader-iframe iframe")
    frame.locator("tr:has(td.name a)", has_text=CHAPTER).locator("td.preview a").click()
    page.wait_for_function(f"() => document.querySelector('.jp-BreadCrumbs')?.textContent.includes('{CHAPTER}')")
    listed = page.locator(".jp-DirListing-itemName").all_inner_texts()
    assert "python_basics.ipynb" in [name.strip() for name in listed], f"the file browser shows {listed}"
