# The two commands of the README: `make run` and `make test`. Everything they install comes
# from the lock files (exact versions, SHA-256 of every file), so a fresh machine gets what CI
# tested. `make lock` refreshes the locks after a change to the dependencies in pyproject.toml.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock

.PHONY: run test venv venv-dev translations lock lock-check check system-test-packages

$(BIN)/python:
	$(PY) -m venv $(VENV)

# The project itself goes in editable, without dependencies and without a build environment
# (which would fetch an unpinned setuptools): setuptools comes from the lock too. pip says
# only errors (-qq), and setuptools' note on editable installs is not for users.
$(VENV)/.installed-app: $(APP_LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq --require-hashes -r $(APP_LOCK)
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-dev: $(DEV_LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq --require-hashes -r $(DEV_LOCK)
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.installed-app

venv: $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease -silent resources/translations/permit_desk_lt.ts resources/translations/permit_desk_en.ts \
		resources/translations/qtbase_lt.ts

venv-dev: $(VENV)/.installed-dev venv

# After changing window texts or core messages (QT_TRANSLATE_NOOP("Core", ...) in app/):
# collect them into both .ts files, then translate every new entry (Lithuanian; English = source).
translations: | $(BIN)/python
	$(BIN)/pyside6-lupdate $$(find ui app -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/permit_desk_lt.ts resources/translations/permit_desk_en.ts

# One resolution for Linux and Windows (uv's universal mode), for Python 3.11 and newer. The
# runtime lock is resolved within the development lock, so both pin the same versions.
UV_COMPILE = $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock" pyproject.toml
lock: $(VENV)/.installed-dev
	$(UV_COMPILE) --group build --extra test --extra dev --extra installer -o $(DEV_LOCK)
	$(UV_COMPILE) --group build -c $(DEV_LOCK) -o $(APP_LOCK)
	$(BIN)/python .ci/check_lock.py --stamp $(APP_LOCK) $(DEV_LOCK)

lock-check: $(VENV)/.installed-dev
	$(BIN)/python .ci/check_lock.py $(APP_LOCK) $(DEV_LOCK)

# The strict gate CI runs: the locks agree with pyproject.toml, ruff, mypy --strict.
check: lock-check
	$(BIN)/ruff check app ui tests bench
	$(BIN)/mypy app ui

# SoftHSM2 (a real PKCS#11 token), OpenSC, poppler-utils, Xvfb and the PostgreSQL server
# (a throwaway cluster): the tests need them all
# (no test skips for a missing tool). Installed as root, otherwise named in one line.
system-test-packages:
	@bash .ci/debian-packages.sh test

run: venv
	@bash .ci/debian-packages.sh runtime
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ -n "$$QT_QPA_PLATFORM" ]; then \
		$(BIN)/python -m app.cli.demo_launch; \
	else \
		echo "No display found: starting on a virtual screen (xvfb-run). Set DISPLAY to see the window."; \
		xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m app.cli.demo_launch; \
	fi

test: venv-dev system-test-packages
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
