# cityplans — run `make help` for the targets.
# Needs only python3 (3.11+), make and the package registry: the first target you run
# creates .venv and installs the pinned versions from constraints.txt.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
KERNEL := cityplans
export PYTHONUTF8 := 1
export MPLBACKEND := Agg

.DEFAULT_GOAL := help
.PHONY: help setup report test lint format lab bench clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "cityplans needs Python 3.11 or newer; set PYTHON=python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (cityplans)" >/dev/null
	touch $(STAMP)

setup: $(STAMP) ## create .venv and install the pinned dependencies (done by the other targets)

report: $(STAMP) ## build the tables and workbook, render the HTML reports, the slide figures and the deck into outputs/
	$(PY) -m cityplans build seeds/ --out outputs/data
	$(PY) -m cityplans report seeds/ --out outputs
	$(PY) -m cityplans deck seeds/ --out outputs/slides/cityplans.pptx

test: $(STAMP) lint ## lint, then run the test suite
	$(PY) -m pytest

lint: $(STAMP) ## ruff lint and format check
	$(PY) -m ruff check lib tests bench
	$(PY) -m ruff format --check lib tests bench

format: $(STAMP) ## ruff format and safe fixes
	$(PY) -m ruff format lib tests bench
	$(PY) -m ruff check --fix lib tests bench

lab: $(STAMP) ## JupyterLab on notebooks/ with the project kernel; options in ARGS="--port 8890 --no-browser"
	$(PY) -m jupyter lab --notebook-dir=notebooks $(ARGS)

bench: $(STAMP) ## run the benchmarks in bench/ (never part of make test)
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean: ## remove generated outputs (keeps .venv)
	rm -rf outputs/reports outputs/figures outputs/data .pytest_cache
