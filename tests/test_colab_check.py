"""`make colab-check`, the parts that need no Colab environment: the runtime file is consistent, and the
stand-in for Colab turns pip into a dry run whose report flags a forbidden install."""
import datetime
import re
import subprocess
import sys
import zipfile

import nbformat

from autograder import colab_check
from autograder.course import REPO

RUNTIME = colab_check.load_runtime()
VERSION = re.compile(r"^\d+(\.\d+)*([a-z]+\d+)?(\.post\d+)?(\+[a-z0-9.]+)?$")


def test_runtime_file_names_its_source_date_and_python():
    assert RUNTIME["source"].strip(), "say where the versions come from"
    datetime.date.fromisoformat(RUNTIME["date"])
    assert re.fullmatch(r"3\.\d+", RUNTIME["python"]), "python is a minor version, such as 3.13"


def test_every_package_has_one_plain_version():
    names = [colab_check.normalized(n) for n in RUNTIME["packages"]]
    assert len(names) == len(set(names)), "a package is listed twice"
    bad = {n: v for n, v in RUNTIME["packages"].items() if not VERSION.match(v)}
    assert not bad, f"not a version: {bad}"


def test_substitutions_replace_listed_packages_and_say_why():
    for name, substitution in RUNTIME.get("substitutions", {}).items():
        assert name in RUNTIME["packages"], f"substitution for {name}, which is not in [packages]"
        assert VERSION.match(substitution["install"]) and substitution["why"].strip(), name


def test_requirements_pin_every_package_with_substitutions_applied():
    pins = dict(r.split("==") for r in colab_check.requirements(RUNTIME))
    assert pins.keys() == RUNTIME["packages"].keys()
    for name, version in pins.items():
        expected = RUNTIME.get("substitutions", {}).get(name, {}).get("install", RUNTIME["packages"][name])
        assert version == expected, name
        assert "+" not in version, f"{name}=={version}: PyPI has no local versions; substitute one it has"


def test_forbidden_packages_are_colab_packages_and_include_numpy():
    forbidden = RUNTIME["never_installed"]["packages"]
    assert "numpy" in forbidden
    assert set(forbidden) <= set(RUNTIME["packages"]), "only packages Colab has can be forbidden to reinstall"


def test_installs_are_judged_against_colab():
    installs = [colab_check.Install("NumPy", "1.26.4"), colab_check.Install("scikit_learn", "1.6.1"),
                colab_check.Install("a-package-colab-lacks", "1.0")]
    problems = colab_check.judge_installs(installs, RUNTIME)
    assert len(problems) == 2, problems
    assert "never a framework or numpy" in problems[0] and "which Colab has" in problems[1], problems


def fake_wheel(folder, name, version):
    """A wheel with nothing but its metadata: enough for pip to resolve it."""
    path = folder / f"{name}-{version}-py3-none-any.whl"
    info = f"{name}-{version}.dist-info"
    with zipfile.ZipFile(path, "w") as whl:
        whl.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        whl.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        whl.writestr(f"{info}/RECORD", "")
    return path


def test_stand_in_loads_google_colab_and_pip_only_reports(tmp_path):
    """A setup cell that pip-installs numpy on Colab is caught, and nothing is installed."""
    wheels, reports = tmp_path / "wheels", tmp_path / "pip-reports"
    wheels.mkdir()
    reports.mkdir()
    fake_wheel(wheels, "numpy", "0.0.1")
    setup_cell = f"""
import subprocess, sys
assert "google.colab" in sys.modules
from google.colab import output  # what JAX imports when it sees Colab
import google.protobuf  # the stand-in joins the google namespace instead of hiding it
if "google.colab" in sys.modules:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-index", "--find-links", {str(wheels)!r},
                    "numpy==0.0.1"], check=True)
import numpy
print(numpy.__version__)
"""
    env = colab_check.kernel_env(reports, grading=False)
    done = subprocess.run([sys.executable, "-c", colab_check.stand_in(reports) + setup_cell],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() != "0.0.1", "the dry run installed the package"
    installs = colab_check.read_reports(reports)
    assert [(i.name, i.version) for i in installs] == [("numpy", "0.0.1")]
    assert colab_check.judge_installs(installs, RUNTIME), "installing numpy on Colab is flagged"


def test_colab_check_is_a_subcommand():
    done = subprocess.run([sys.executable, "-m", "autograder", "colab-check", "--help"], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0 and "usage:" in done.stdout, done.stderr


def test_a_run_fails_at_the_first_error_or_graded_stderr():
    def cell(outputs, graded=False):
        executed = nbformat.v4.new_code_cell("")
        executed.outputs = outputs
        if graded:
            executed.metadata["nbgrader"] = {"grade": True, "grade_id": "test_it", "points": 1}
        return executed

    stderr = nbformat.v4.new_output("stream", name="stderr", text="a warning\n")
    error = nbformat.v4.new_output("error", ename="AttributeError", evalue="no such API", traceback=[])
    assert colab_check.Run([(1, cell([stderr]))]).first_failure() is None, "stderr outside graded cells is allowed"
    assert colab_check.Run([(1, cell([stderr], graded=True))]).first_failure() == \
        "cell 1 (test_it) writes to stderr: a warning"
    assert colab_check.Run([(1, cell([])), (2, cell([error])), (3, cell([stderr], graded=True))]).first_failure() == \
        "cell 2: AttributeError: no such API"
