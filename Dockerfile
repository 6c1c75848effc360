# syntax=docker/dockerfile:1
#
# GPU image of the course "machine-learning tool basics for physicists": JupyterLab with nbgrader and
# CUDA builds of JAX, PyTorch and TensorFlow in ONE Python 3.11 environment (requirements-gpu.txt).
#
# Build (what `make docker` runs), from the repository root:
#     docker build -t ml-tools-physics .
# Run the student's lab, then open the http://127.0.0.1:8888/lab?token=... address that the container prints:
#     docker run --rm --init --gpus all -p 8888:8888 ml-tools-physics
# Your answers are saved in work/ inside the course folder. Keep them outside the container by mounting the
# course folder over the copy in the image:
#     docker run --rm --init --gpus all -p 8888:8888 -v "$PWD":/home/student/course ml-tools-physics
# The instructor's lab (formgrader, create-assignment) instead of the student's:
#     docker run --rm --init --gpus all -p 8888:8888 ml-tools-physics \
#         python -m autograder formgrader --ip=0.0.0.0 --port=8888
# (--init reaps the processes that kernels and nbgrader leave behind.)
# Without --gpus all (or on a machine without an NVIDIA GPU) everything runs on the CPU.
#
# Where CUDA comes from: the base is a plain Debian Python image, not nvidia/cuda. The CUDA 12.9
# user-space libraries (cuBLAS, cuDNN, NCCL, ...) are the nvidia-*-cu12 pip wheels pinned in
# requirements-gpu.txt, which all three frameworks find inside site-packages. The host supplies only
# the NVIDIA driver (>= 575 for CUDA 12.9; >= 525 works through minor-version compatibility), which
# the NVIDIA Container Toolkit mounts into the container when it is started with --gpus.

FROM python:3.11.15-slim-bookworm

# NVIDIA Container Toolkit: expose every GPU, with the compute libraries and nvidia-smi.
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility

# Python and pip behaviour inside the image.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

# The environment lives in a virtual environment whose bin/ comes first on PATH, so `python`,
# `jupyter`, `nbgrader` and the `alembic` that nbgrader calls for its gradebook are all its own.
ENV VIRTUAL_ENV=/opt/venv
ENV PATH=/opt/venv/bin:$PATH

COPY requirements-gpu.txt /tmp/requirements-gpu.txt
# pip is pinned to the release the resolver test (tests/test_docker.py) was run with.
# (/opt/venv/bin/python is spelled out: the shell would keep using the `python` it found before the
# venv existed.)
RUN python -m venv /opt/venv \
    && /opt/venv/bin/python -m pip install --no-cache-dir pip==26.3 \
    && /opt/venv/bin/python -m pip install --no-cache-dir -r /tmp/requirements-gpu.txt \
    && rm /tmp/requirements-gpu.txt

# Three frameworks share one GPU inside one notebook kernel, and every autograded notebook starts
# another kernel: by default JAX takes 75 % of the GPU memory at its first operation and TensorFlow
# takes nearly all of it. Allocate on demand instead.
ENV XLA_PYTHON_CLIENT_PREALLOCATE=false \
    TF_FORCE_GPU_ALLOW_GROWTH=true \
    TF_CPP_MIN_LOG_LEVEL=2
# TF_CPP_MIN_LOG_LEVEL=2 keeps TensorFlow's C++ start-up messages off stderr: nbgrader gives 0 points
# to a test cell that writes anything to stderr.

# An unprivileged user owns the course, so JupyterLab never runs as root and nbgrader can write its
# grading/ folder (gradebook, submissions, feedback) next to the notebooks.
# Build with --build-arg NB_UID=$(id -u) to match your own uid when you mount the course folder.
ARG NB_UID=1000
RUN groupadd --gid "${NB_UID}" student \
    && useradd --create-home --uid "${NB_UID}" --gid "${NB_UID}" --shell /bin/bash student

# nbgrader reads autograder/nbgrader_config.py through this path: the nbgrader command line and the
# formgrader inside JupyterLab then use the same course setup as `make` does outside the image.
ENV JUPYTER_CONFIG_PATH=/home/student/course/autograder

COPY --chown=${NB_UID}:${NB_UID} . /home/student/course

# Numeric, so that the runtime can tell it is not root without reading /etc/passwd.
USER ${NB_UID}:${NB_UID}
WORKDIR /home/student/course

EXPOSE 8888

# Jupyter Server answers GET /api with its version and without a token once it is up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8888/api', timeout=4)"]

# The student's lab (autograder/lab.py): makes or updates work/, then replaces itself with JupyterLab.
# 0.0.0.0 so that -p 8888:8888 reaches it; the token in the printed address protects it.
CMD ["python", "-m", "autograder", "lab", "--ip=0.0.0.0", "--port=8888"]
