# The two front-door commands: `make run` (main job on the embedded default) and `make test`.
# Each sets up everything it needs in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test system-deps clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[server,bench,notebooks,test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/hybridai demo

# Servers the test suite starts on 127.0.0.1 (PostgreSQL, Redis): Debian packages, installed once.
system-deps:
	@command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql)

test: $(STAMP) system-deps
	$(PY) -m ruff check hybridai tests tools
	$(PY) -m pytest

clean:
	rm -rf $(VENV) .pytest_cache
