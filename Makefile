# copydesk — `make run` starts it, `make test` proves it fast, `make test-all` in full.
# Each makes the virtualenv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all lint typecheck check db-upgrade bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "copydesk needs Python 3.11 or newer"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# pip 23 mis-resolves trafilatura's lxml[html-clean] extra; a current pip does not.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/copydesk db upgrade
	$(BIN)/copydesk serve

# The fast tier (pyproject's addopts: -m "not slow"), on two workers; test-all adds the slow
# tier, in one process (chaos and the restarts time leases: no neighbour to compete with).
test: $(STAMP)
	$(BIN)/pytest -n 2

test-all: $(STAMP)
	$(BIN)/pytest -m ""

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

db-upgrade: $(STAMP)
	$(BIN)/copydesk db upgrade

bench: $(STAMP)
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
