"""Command line of the course tooling:
python -m autograder {lab,formgrader,update,release,intake,grade,feedback,export,bench,colab-check}."""
import argparse
import sys
from pathlib import Path

from . import bench, colab_check, intake, lab, pipeline, release, workspace
from .course import REPO, assignments, grading_dir, run_nbgrader


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in [("release", "regenerate notebooks/ from solutions/"),
                       ("grade", "autograde the new and changed submissions in grading/submitted/"),
                       ("feedback", "write HTML feedback for graded submissions"),
                       ("bench", "time the solution notebooks in grading mode"),
                       ("colab-check", "run every chapter on Colab's package versions (.venv-colab/)")]:
        sub = commands.add_parser(name, help=text)
        sub.add_argument("assignments", nargs="*", help="assignment ids (default: all)")
        if name == "release":
            sub.add_argument("--force", action="store_true",
                             help="replace release notebooks even when they hold changes of their own")
        if name == "grade":
            limits = pipeline.Limits()
            sub.add_argument("--workers", type=int, default=limits.workers, help="parallel kernels (default: cores)")
            sub.add_argument("--cell-timeout", type=int, default=limits.cell_timeout, help="seconds per cell")
            sub.add_argument("--time-limit", type=int, default=limits.time_limit, help="seconds per notebook")
            sub.add_argument("--memory-limit", type=int, default=limits.memory_limit_mb,
                             help="MiB of memory per kernel")
            sub.add_argument("--force", action="store_true", help="regrade unchanged submissions too")
            sub.add_argument("--scheduler", help="run the notebooks on this Dask cluster: the scheduler's address "
                             "(tcp://host:8786) or a scheduler file (default: this machine's cores)")
        if name == "bench":
            sub.add_argument("--repeats", type=int, default=3, help="runs of each measurement (median reported)")
            sub.add_argument("--class-size", type=int, default=20, help="submissions in the throughput benchmark")
            sub.add_argument("--throughput-assignment", default="01_python_basics",
                             help="assignment of the throughput benchmark ('none' to skip it)")
            sub.add_argument("--no-framework-steps", action="store_true",
                             help="skip the table of training-step times in the frameworks (chapter 5)")
            sub.add_argument("--no-ray-tracer", action="store_true",
                             help="skip the ray tracer's speed table and full-size render (chapter 6)")
            sub.add_argument("--scale", type=int, metavar="N",
                             help="only grade a generated class of N chapter-1 submissions with 1 and 2 local "
                             "workers and a 2-worker Dask LocalCluster (throughput, execute and record times)")
    for name, text in [("lab", "the student's JupyterLab on the workspace work/ (made or updated first)"),
                       ("formgrader", "the instructor's JupyterLab on the whole course, with the formgrader")]:
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--ip", default="127.0.0.1", help="address to listen on")
        sub.add_argument("--port", type=int, default=8888)
    commands.add_parser("update", help="bring course updates from notebooks/ into the workspace work/")
    sub = commands.add_parser("intake", help="place downloaded notebooks (a folder or zip) in grading/submitted/")
    sub.add_argument("assignment", help="assignment id")
    sub.add_argument("source", type=Path, help="folder or .zip of .ipynb files")
    sub.add_argument("--pattern", default=intake.DEFAULT_PATTERN,
                     help="regular expression with a group (?P<student_id>...) matched against file names")
    commands.add_parser("export", help="write per-exercise grades to grading/grades.csv and grades.json")
    args = parser.parse_args(argv)

    selected = getattr(args, "assignments", None) or assignments()
    if args.command in ("lab", "formgrader"):
        lab.start("student" if args.command == "lab" else "instructor", args.ip, args.port)
    elif args.command == "update":
        changes = workspace.sync()
        print("\n".join(c.line() for c in changes) or "Your workspace is up to date with the course.")
    elif args.command == "release":
        for assignment in selected:
            try:
                written = release.release(assignment, force=args.force)
            except release.ReleaseRefused as refused:
                sys.exit(f"{assignment}: {refused}")
            print("\n".join(f"released {p.relative_to(REPO)}" for p in written))
    elif args.command == "grade":
        limits = pipeline.Limits(args.workers, args.cell_timeout, args.time_limit, args.memory_limit)
        for problem in pipeline.unknown_assignments(grading_dir()):
            print(problem)
        for assignment in selected:
            outcomes = pipeline.grade(assignment, limits, force=args.force, scheduler=args.scheduler)
            print("\n".join(o.line() for o in outcomes))
            print(f"report: {grading_dir() / 'reports' / (assignment + '.txt')}")
    elif args.command == "feedback":
        for assignment in selected:
            run_nbgrader("generate_feedback", assignment)
    elif args.command == "intake":
        report = intake.intake(args.assignment, args.source, args.pattern)
        print("\n".join(report.lines()))
    elif args.command == "export":
        run_nbgrader("export", "--exporter=autograder.export.ExerciseScoresExport", f"--to={grading_dir() / 'grades.csv'}")
    elif args.command == "bench" and args.scale:
        bench.scale(size=args.scale)
    elif args.command == "bench":
        bench.bench(selected, repeats=args.repeats)
        if args.throughput_assignment != "none":
            bench.throughput(args.throughput_assignment, size=args.class_size, repeats=args.repeats)
        if not args.no_framework_steps:
            bench.framework_steps()
        if not args.no_ray_tracer:
            bench.ray_tracer()
    elif args.command == "colab-check":
        if colab_check.check(selected):
            sys.exit(1)


if __name__ == "__main__":
    main()
