"""Command line of the course tooling: python -m autograder {release,grade,feedback,export,bench}."""
import argparse

from . import bench, release
from .course import GRADING, assignments, run_nbgrader


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in [("release", "regenerate notebooks/ from solutions/"),
                       ("grade", "autograde the submissions in grading/submitted/"),
                       ("feedback", "write HTML feedback for graded submissions"),
                       ("bench", "time the solution notebooks in grading mode")]:
        sub = commands.add_parser(name, help=text)
        sub.add_argument("assignments", nargs="*", help="assignment ids (default: all)")
        if name == "bench":
            sub.add_argument("--repeats", type=int, default=3, help="runs per notebook (median reported)")
    commands.add_parser("export", help="write per-exercise grades to grading/grades.csv and grades.json")
    args = parser.parse_args(argv)

    selected = getattr(args, "assignments", None) or assignments()
    if args.command == "release":
        for assignment in selected:
            release.release(assignment)
    elif args.command == "grade":
        for assignment in selected:
            run_nbgrader("autograde", assignment)
    elif args.command == "feedback":
        for assignment in selected:
            run_nbgrader("generate_feedback", assignment)
    elif args.command == "export":
        run_nbgrader("export", "--exporter=autograder.export.ExerciseScoresExport", f"--to={GRADING / 'grades.csv'}")
    elif args.command == "bench":
        bench.bench(selected, repeats=args.repeats)


if __name__ == "__main__":
    main()
