# Two entry points for a new user: `make serve` and `make test`.  Each sets up what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install java browser static build serve test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP) java

# HermiT (through owlready2) needs a Java runtime.
java:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends default-jre-headless; }

# The web UI tests drive Debian's Chromium.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; }

# The query editor's JavaScript (CodeMirror), from the npm registry, bundled into service/static/vendor/.
EDITOR_JS := service/static/vendor/editor.js
static: $(EDITOR_JS)

$(EDITOR_JS): package.json package-lock.json service/static/editor.js
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm; }
	npm ci --no-audit --no-fund
	npm run build

build: install
	$(BIN)/kg build

serve: build static
	$(BIN)/kg serve --host $(HOST) --port $(PORT)

test: install browser static
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/pip install --quiet ruff
	$(BIN)/ruff check service tests benchmarks

bench: install
	$(BIN)/pip install --quiet -e '.[test,bench]'
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends wrk; }
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) instance/store instance/store.versions .pytest_cache node_modules service/static/vendor
