# Entry points of the course. Each target installs what it needs into .venv first.
#
#   make lab        the student's JupyterLab: your own copies of the chapters in work/, with Validate
#   make update     bring course updates (after a git pull) into work/ without touching started chapters
#   make test       the whole test suite (what CI runs)
#   make formgrader the instructor's JupyterLab: the whole course, with the formgrader and create-assignment
#   make release    regenerate the student notebooks in notebooks/ from solutions/ (FORCE=1 to replace
#                   release notebooks that hold edits of their own)
#   make intake     place downloaded notebooks: ASSIGNMENT=<id> FROM=<folder or zip> [PATTERN=<regex>]
#   make grade      grade new and changed submissions in grading/submitted/, in parallel and sandboxed
#                   (ASSIGNMENT=<id> for one; WORKERS, CELL_TIMEOUT, TIME_LIMIT, MEMORY_LIMIT, FORCE=1)
#                   on a Dask cluster with SCHEDULER=tcp://host:8786 (or a scheduler file)
#   make feedback   write HTML feedback for the graded submissions
#   make export     write the grades to grading/grades.csv
#   make bench      time every solution notebook in grading mode, and serial vs pipeline grading
#                   (BENCH_SCALE=200: only grade 200 generated submissions on 1, 2 and 2 Dask workers)
#   make colab-check
#                   run every chapter on Colab's package versions (autograder/colab_runtime.toml) in
#                   .venv-colab, with Python 3.13; CI runs it after make test
#   make docker     build the GPU image
#   make clean      remove .venv, .venv-colab and caches (grading/ holds grades and is kept)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LAB_IP ?= 127.0.0.1
LAB_PORT ?= 8888
ASSIGNMENT ?=
FROM ?=
PATTERN ?=
WORKERS ?=
SCHEDULER ?=
CELL_TIMEOUT ?=
TIME_LIMIT ?=
MEMORY_LIMIT ?=
FORCE ?=
BENCH_REPEATS ?= 3
BENCH_SCALE ?=

# nbgrader runs `alembic` from PATH and finds its configuration through JUPYTER_CONFIG_PATH.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export JUPYTER_CONFIG_PATH := $(CURDIR)/autograder
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: lab update formgrader test release intake grade feedback export bench colab-check docker clean

$(VENV)/installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

lab: $(VENV)/installed
	$(PY) -m autograder lab --ip=$(LAB_IP) --port=$(LAB_PORT)

update: $(VENV)/installed
	$(PY) -m autograder update

formgrader: $(VENV)/installed
	$(PY) -m autograder formgrader --ip=$(LAB_IP) --port=$(LAB_PORT)

test: $(VENV)/installed
	$(PY) -m pytest tests

release: $(VENV)/installed
	$(PY) -m autograder release $(ASSIGNMENT) $(if $(FORCE),--force)

intake: $(VENV)/installed
	$(PY) -m autograder intake $(ASSIGNMENT) "$(FROM)" $(if $(PATTERN),--pattern '$(PATTERN)')

grade: $(VENV)/installed
	$(PY) -m autograder grade $(ASSIGNMENT) $(if $(WORKERS),--workers $(WORKERS)) \
		$(if $(CELL_TIMEOUT),--cell-timeout $(CELL_TIMEOUT)) $(if $(TIME_LIMIT),--time-limit $(TIME_LIMIT)) \
		$(if $(MEMORY_LIMIT),--memory-limit $(MEMORY_LIMIT)) $(if $(FORCE),--force) \
		$(if $(SCHEDULER),--scheduler '$(SCHEDULER)')

feedback: $(VENV)/installed
	$(PY) -m autograder feedback $(ASSIGNMENT)

export: $(VENV)/installed
	$(PY) -m autograder export

bench: $(VENV)/installed
	$(PY) -m autograder bench $(ASSIGNMENT) --repeats $(BENCH_REPEATS) $(if $(BENCH_SCALE),--scale $(BENCH_SCALE))

colab-check: $(VENV)/installed
	$(PY) -m autograder colab-check $(ASSIGNMENT)

docker:
	docker build -t ml-tools-physics .

clean:
	rm -rf $(VENV) .venv-colab .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
