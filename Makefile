# The two front-door commands: `make run` (main job on the embedded default) and `make test`.
# Each sets up everything it needs in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test system-deps colossalai clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[server,quantize,bench,notebooks,test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/hybridai up

# What the test suite starts on 127.0.0.1 (PostgreSQL, Redis, headless Chromium for the dashboards;
# CJK fonts so screenshots show Chinese): Debian packages, installed once.
system-deps:
	@command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && \
	  command -v chromium >/dev/null && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	     redis-server postgresql chromium fonts-noto-cjk)

# Colossal-AI lives in a side environment that borrows torch & co. from $(VENV) (see the script).
colossalai: $(STAMP)
	tools/install_colossalai.sh .cache/colossalai-venv $(VENV)

test: $(STAMP) system-deps colossalai
	$(PY) -m ruff check hybridai tests tools
	$(PY) -m pytest

clean:
	rm -rf $(VENV) .cache/colossalai-venv .pytest_cache
