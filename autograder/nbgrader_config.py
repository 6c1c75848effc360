"""nbgrader configuration of the course.

nbgrader finds this file through JUPYTER_CONFIG_PATH, which the Makefile (and the Docker image)
point at this folder, so every nbgrader command and the formgrader in JupyterLab see the same setup.

    solutions/<assignment>/   nbgrader "source": solutions and hidden tests (instructor copy)
    notebooks/<assignment>/   nbgrader "release": the student copies, committed for Colab
    grading/                  everything grading generates (git-ignored): gradebook.db,
                              submitted/, autograded/, feedback/, exported grades

COURSE_GRADING_DIR moves grading/ elsewhere (the tests grade in a temporary folder), and
COURSE_DB_URL swaps the SQLite gradebook for a database server shared by several graders.
`make grade` (autograder/pipeline.py) adds parallel workers, limits and a sandbox on top of this setup.
"""
import os
import sys
from pathlib import Path

from nbgrader.converters import GenerateAssignment

c = get_config()  # noqa: F821 -- injected by traitlets when nbgrader loads this file

REPO = Path(__file__).resolve().parent.parent
GRADING = Path(os.environ.get("COURSE_GRADING_DIR", REPO / "grading")).resolve()
sys.path.insert(0, str(REPO))  # so that nbgrader, wherever it runs, finds the course's own steps below

c.CourseDirectory.course_id = "ml-tools-physics"
c.CourseDirectory.root = str(REPO)
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "notebooks"
# Absolute paths: nbgrader joins them onto the root, which then leaves them unchanged.
c.CourseDirectory.submitted_directory = str(GRADING / "submitted")
c.CourseDirectory.autograded_directory = str(GRADING / "autograded")
c.CourseDirectory.feedback_directory = str(GRADING / "feedback")
c.CourseDirectory.db_url = os.environ.get("COURSE_DB_URL", f"sqlite:///{GRADING / 'gradebook.db'}")
c.Exchange.root = os.environ.get("COURSE_EXCHANGE", str(GRADING / "exchange"))
# nbgrader opens the gradebook and the exchange without creating their folders.
os.makedirs(c.Exchange.root, exist_ok=True)

# The slowest honest cell (a training loop in chapters 4-6) stays well under the 150 s that a whole
# notebook may take on a 2-core CPU; nbgrader's default of 30 s would zero slow but correct work.
c.Execute.timeout = 150
# Whatever reaches stderr in a test cell (a library's warning, a student's debug print) is dropped
# before scoring: nbgrader would otherwise give 0 to a test that passed.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"[\s\S]"
# Students sometimes delete a test cell: put the original back and grade with it.
c.OverwriteCells.add_missing_cells = True

# Student copies carry the kernel metadata that JupyterLab would otherwise add on opening them, so that a
# notebook opened and saved without edits stays byte for byte the same (autograder/release.py).
c.GenerateAssignment.preprocessors = [*GenerateAssignment.class_traits()["preprocessors"].default(),
                                      "autograder.release.KernelMetadata"]

# Feedback without the hidden tests: hide failures inside them, then remove them (autograder/feedback.py).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "autograder.feedback.HideHiddenTestFailures",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
