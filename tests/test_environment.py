"""requirements.txt (pip, what make installs) and environment.yml (conda) describe the same environment."""
import yaml
from packaging.requirements import Requirement

from autograder.course import REPO


def pins_from_lines(lines):
    pins = {}
    for line in lines:
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            req = Requirement(line)
            pins[req.name.lower().replace("_", "-")] = str(req.specifier)
    return pins


def pip_pins():
    return pins_from_lines((REPO / "requirements.txt").read_text().splitlines())


def conda_pins():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps, "environment.yml must ask for Python 3.11 like the rest of the course"
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    return pins_from_lines(pip_section)


def test_conda_and_pip_environments_agree():
    pip, conda = pip_pins(), conda_pins()
    only_pip, only_conda = sorted(set(pip) - set(conda)), sorted(set(conda) - set(pip))
    assert not only_pip and not only_conda, f"only in requirements.txt: {only_pip}; only in environment.yml: {only_conda}"
    differ = {name: (pip[name], conda[name]) for name in pip if pip[name] != conda[name]}
    assert not differ, f"pins that differ (requirements.txt, environment.yml): {differ}"


def test_every_package_is_pinned_exactly():
    loose = {name: spec for name, spec in pip_pins().items() if not spec.startswith("==")}
    assert not loose, f"pin these exactly: {loose}"


def test_cpu_stack_choices():
    pins = pip_pins()
    assert pins["torch"] == "==2.13.0", "torch must be pinned exactly: a looser pin pulls the CUDA build"
    assert "tensorflow" not in pins and "tensorflow-cpu" in pins, "the CPU stack uses tensorflow-cpu"
    assert "importlib-resources" in pins, "tensorflow-datasets needs importlib_resources (undeclared)"
    for needed in ("numpy", "scipy", "jax", "jaxlib", "tensorflow-datasets", "matplotlib", "sympy", "lark",
                   "jupyterlab", "notebook", "nbgrader", "scikit-learn", "mlxtend", "tqdm", "optax", "pytest"):
        assert needed in pins, f"{needed} is missing from requirements.txt"
