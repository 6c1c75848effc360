"""Course tooling around nbgrader: releasing student notebooks, grading, feedback, export, benchmarks."""
