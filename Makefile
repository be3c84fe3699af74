# The two front-door commands: `make run` (main job on the embedded default) and `make test`.
# Each sets up everything it needs in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/hybridai demo

test: $(STAMP)
	$(PY) -m ruff check hybridai tests tools
	$(PY) -m pytest

clean:
	rm -rf $(VENV) .pytest_cache
