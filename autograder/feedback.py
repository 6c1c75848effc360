"""Feedback that does not give the hidden tests away.

nbgrader's feedback shows each test cell as graded, hidden tests and their tracebacks included. The
course's feedback pipeline (configured in nbgrader_config.py) adds two steps before the HTML is written:
`HideHiddenTestFailures` replaces the traceback of an error raised inside the hidden tests by a short note,
and drops the hidden lines that a traceback quotes as context around a failing visible line (whose
message the student has seen anyway); nbgrader's own `ClearHiddenTests` then removes the hidden block
from the cell source.

Test cells run inside `with exercise("Exercise N: ..."):` (defined in each notebook's setup cell). When
that helper turns an error of the student's code into an AssertionError, IPython shows the test cell
at its `with` line, so the helper writes the line that failed into the message: "(at line N of this
test cell)". That line decides; otherwise the first frame of the test cell does.
"""
import re

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CELL_LINE = re.compile(r"In\s*\[\s*(\d*)\s*\],\s*line (\d+)")
LINE_IN_MESSAGE = re.compile(r"\(at line (\d+) of this test cell\)")
QUOTED_LINE = re.compile(r"^\s*(?:-+>\s*)?(\d+)\s")
HIDDEN_NOTE = "A hidden test failed here. The hidden tests check cases that the visible ones do not; " \
              "make your code right in general, not only for the examples shown."


def hidden_lines(source: str, begin: str = "BEGIN HIDDEN TESTS", end: str = "END HIDDEN TESTS"):
    """1-based (first, last) line numbers of the hidden block, or None."""
    first = last = None
    for number, line in enumerate(source.split("\n"), start=1):
        if begin in line and first is None:
            first = number
        elif end in line and first is not None:
            last = number
    return (first, last) if first and last else None


def test_cell_number(traceback: list[str]) -> str | None:
    """The execution number of the test cell: the outermost frame of the first traceback is the cell itself."""
    for entry in traceback:
        match = CELL_LINE.search(ANSI.sub("", entry))
        if match:
            return match.group(1)
    return None


def failing_test_line(evalue: str, traceback: list[str]) -> int | None:
    """The line of the test cell that raised: the one the message names, else the test cell's first frame."""
    named = LINE_IN_MESSAGE.search(evalue)
    if named:
        return int(named.group(1))
    for entry in traceback:
        match = CELL_LINE.search(ANSI.sub("", entry))
        if match:
            return int(match.group(2))
    return None


class HideHiddenTestFailures(NbGraderPreprocessor):
    """In graded test cells, keep the details of failures inside the hidden tests from the student."""

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type != "code" or not utils.is_grade(cell):
            return cell, resources
        hidden = hidden_lines(cell.source)
        if hidden is None:
            return cell, resources
        for output in cell.get("outputs", []):
            if output.output_type != "error":
                continue
            traceback = output.get("traceback", [])
            line = failing_test_line(output.get("evalue", ""), traceback)
            if line is None or hidden[0] <= line <= hidden[1]:
                output.evalue = HIDDEN_NOTE
                output.traceback = [f"{output.ename}: {HIDDEN_NOTE}"]
            else:
                output.traceback = without_hidden_context(traceback, hidden)
        return cell, resources


def without_hidden_context(traceback: list[str], hidden: tuple[int, int]) -> list[str]:
    """The traceback with the test cell's quoted source lines inside the hidden block left out, in every
    frame of the test cell (a chained traceback shows it more than once)."""
    cleaned, cell = [], test_cell_number(traceback)
    for entry in traceback:
        plain = ANSI.sub("", entry)
        match = CELL_LINE.search(plain)
        if match and match.group(1) == cell:
            kept = []
            for text in plain.split("\n"):
                quoted = QUOTED_LINE.match(text)
                if not (quoted and hidden[0] <= int(quoted.group(1)) <= hidden[1]):
                    kept.append(text)
            entry = "\n".join(kept)
        cleaned.append(entry)
    return cleaned
