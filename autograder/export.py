"""Grades per exercise: an nbgrader export plugin that writes one row per student.

nbgrader's own CSV export has one row per student *and assignment*, with totals only. This plugin
writes `grades.csv` with one row per student (sorted by id) and one column per graded test cell
(`<assignment>:<grade id>`, in notebook order), the assignment totals and the course total, plus
`grades.json` with the same numbers and the maximum scores. A missing submission is an empty cell
(null in JSON), never a zero that looks like a graded attempt.

    nbgrader export --exporter=autograder.export.ExerciseScoresExport --to=grading/grades.csv
"""
import csv
import json
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.plugins import ExportPlugin


def grade_columns(gradebook: Gradebook) -> dict:
    """{assignment: [(column name, max score), ...]} in assignment and notebook order."""
    columns = {}
    for assignment in sorted(gradebook.assignments, key=lambda a: a.name):
        cells = []
        for notebook in sorted(assignment.notebooks, key=lambda n: n.name):
            for cell in sorted(notebook.grade_cells, key=lambda c: c.id):
                cells.append((f"{assignment.name}:{cell.name}", cell.max_score, notebook.name, cell.name))
        columns[assignment.name] = cells
    return columns


def student_scores(gradebook: Gradebook, student_id: str, columns: dict) -> dict:
    """{assignment: {"exercises": {column: score}, "total": float} or None if not submitted}."""
    scores = {}
    for assignment, cells in columns.items():
        try:
            gradebook.find_submission(assignment, student_id)
        except MissingEntry:
            scores[assignment] = None
            continue
        exercises = {}
        for column, _, notebook, cell in cells:
            try:
                grade = gradebook.find_grade(cell, notebook, assignment, student_id)
                exercises[column] = float(grade.score)
            except MissingEntry:         # a notebook of the assignment was not handed in
                exercises[column] = 0.0
        scores[assignment] = {"exercises": exercises, "total": sum(exercises.values())}
    return scores


class ExerciseScoresExport(ExportPlugin):
    """Writes grades.csv and grades.json with per-exercise scores, one row per student."""

    def export(self, gradebook: Gradebook) -> None:
        csv_path = Path(self.to or "grades.csv")
        columns = grade_columns(gradebook)
        if self.assignment:
            columns = {a: c for a, c in columns.items() if a in set(map(str, self.assignment))}
        students = sorted(s.id for s in gradebook.students)
        if self.student:
            students = [s for s in students if s in set(map(str, self.student))]

        header = ["student_id"]
        for assignment, cells in columns.items():
            header += [column for column, *_ in cells] + [f"{assignment}:total"]
        header.append("total")
        records = []
        with open(csv_path, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for student in students:
                scores = student_scores(gradebook, student, columns)
                row = [student]
                for assignment, cells in columns.items():
                    result = scores[assignment]
                    row += [("" if result is None else result["exercises"][column]) for column, *_ in cells]
                    row.append("" if result is None else result["total"])
                row.append(sum(r["total"] for r in scores.values() if r is not None))
                writer.writerow(row)
                records.append({"student_id": student, "assignments": scores, "total": row[-1]})

        maxima = {assignment: {column: max_score for column, max_score, *_ in cells}
                  for assignment, cells in columns.items()}
        with open(csv_path.with_suffix(".json"), "w") as f:
            json.dump({"max_scores": maxima, "students": records}, f, indent=1, sort_keys=True)
        self.log.info("Wrote %s and %s", csv_path, csv_path.with_suffix(".json"))
