"""The live kernel of tests/live_kernel.py survives an answer that hangs: that answer scores 0, the kernel is
started afresh, and the next answer is tested normally (a hang must fail a test, never stall the suite)."""
import nbformat

from live_kernel import LiveNotebook


def graded_notebook(path):
    def cell(source, **nbgrader):
        meta = {"grade": False, "locked": True, "schema_version": 3, "solution": False}
        meta.update(nbgrader)
        return nbformat.v4.new_code_cell(source, metadata={"nbgrader": meta})

    nb = nbformat.v4.new_notebook()
    nb.cells = [cell("import time", grade_id="setup"),
                cell("def answer():\n    return 42", grade_id="answer", solution=True, locked=False),
                cell("assert answer() == 42, 'the answer is 42'", grade_id="test_answer", grade=True, points=1)]
    nbformat.write(nb, path)
    return path


def test_a_hanging_answer_scores_zero_and_the_kernel_recovers(tmp_path):
    live = LiveNotebook(graded_notebook(tmp_path / "graded.ipynb"), timeout=3).start()
    try:
        score, max_score, outputs = live.replace_and_test(1, "def answer():\n    return 41")
        assert (score, max_score) == (0, 1)
        score, max_score, outputs = live.replace_and_test(1, "time.sleep(60)\ndef answer():\n    return 42")
        assert (score, max_score) == (0, 1) and live.restarts == 1, outputs
        score, max_score, outputs = live.replace_and_test(1, "def answer():\n    return 6 * 7")
        assert (score, max_score) == (1, 1), outputs
    finally:
        live.stop()
