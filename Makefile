# The two commands of the README: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test venv translations

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent resources/translations/permit_desk_lt.ts resources/translations/permit_desk_en.ts

# After changing window texts or core messages (QT_TRANSLATE_NOOP("Core", ...) in app/):
# collect them into both .ts files, then translate every new entry (Lithuanian; English = source).
translations: | $(BIN)/python
	$(BIN)/pyside6-lupdate $$(find ui app -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/permit_desk_lt.ts resources/translations/permit_desk_en.ts

run: venv
	@bash .ci/debian-packages.sh runtime
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ -n "$$QT_QPA_PLATFORM" ]; then \
		$(BIN)/python -m app.cli.demo_launch; \
	else \
		echo "No display found: starting on a virtual screen (xvfb-run). Set DISPLAY to see the window."; \
		xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m app.cli.demo_launch; \
	fi

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
