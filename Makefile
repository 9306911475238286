# BVTE developer and CI targets; every target works on a fresh Debian machine with Python 3.11+.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp
LINT_PATHS := $(wildcard desktop server tests benchmarks tools)
TS_FILES := $(wildcard i18n/*.ts)

.PHONY: setup test lint demo translations catalogues bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

lint: setup
	@status=0; \
	$(BIN)/ruff check $(LINT_PATHS) || status=1; \
	$(BIN)/lint-imports || status=1; \
	exit $$status

# pytest exits 5 when it collects nothing; tests/ holds tests, so that is a failure.
test: setup lint
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then \
		echo "make test: pytest collected no tests; tests/ should hold tests, so this fails." >&2; \
		exit 1; \
	fi; \
	exit $$status

demo: setup
	$(BIN)/bvte demo

translations: setup
ifeq ($(strip $(TS_FILES)),)
	@echo "No .ts catalogues in i18n/ yet; nothing to build."
else
	$(BIN)/pyside6-lrelease $(TS_FILES)
endif

# Refresh the .ts catalogues from the sources (the UI, and the service texts it shows).
catalogues: setup
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete desktop/ui desktop/services -ts $(TS_FILES)

bench: setup
	for b in storage ui printing sync server_load; do $(BIN)/python benchmarks/$$b.py || exit 1; done
