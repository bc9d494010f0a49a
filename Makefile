# Quick start: `make run` opens the app, `make test` runs every test.
# Both create .venv and install the project into it on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench soak clean package package-test install-desktop translations cue-forms \
	update-translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/annotator $(ARGS)

# The interface translations: resources/translations/*.ts -> *.qm (lrelease from PySide6).
# The .qm files are build products (not committed); the wheel build compiles them too.
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

# After adding or changing UI text: refresh the .ts sources from annotator/ui (lupdate),
# then translate the new entries (pyside6-linguist, or by hand in the XML).
update-translations: $(STAMP)
	$(BIN)/python packaging/translations.py --update

lint: $(STAMP)
	$(BIN)/ruff check annotator tests benchmarks
	$(BIN)/ruff format --check annotator tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format annotator tests benchmarks
	$(BIN)/ruff check --fix annotator tests benchmarks

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache tests/artifacts

# The suggesters' cue-form tables (annotator/suggest/cue_forms/), built from simplemma's
# dictionaries; run after changing a cue lexicon (a test fails until then).
cue-forms: $(STAMP)
	$(BIN)/python -m annotator.suggest.cue_tables

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --write benchmarks/RESULTS.md

# Desktop packaging (packaging/README.md). `make package` builds the one-folder
# app dist/annotator/ with PyInstaller, installed into .venv from the `package` extra.
.PHONY: package package-test install-desktop
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/annotator.spec
	@du -sh dist/annotator

# The built app prints its version and opens a fresh default project offscreen (in a
# throw-away data folder), in English and in each translation (the self-check fails if
# the language's .qm files are not in the app); then the wheel/sdist contents and
# desktop-file tests.
package-test: package
	dist/annotator/annotator --version
	for lang in en pl ru uk; do \
		tmp=$$(mktemp -d) && \
		env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME=$$tmp QT_QPA_PLATFORM=offscreen \
			ANNOTATOR_LANG=$$lang dist/annotator/annotator --self-check; \
		status=$$?; rm -rf $$tmp; [ $$status -eq 0 ] || exit $$status; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/packaging

# Menu entry, icons and AppStream data for the current user (~/.local/share).
# EXEC=dist/annotator/annotator installs the PyInstaller build instead of .venv's.
install-desktop: $(STAMP)
	$(BIN)/python packaging/install_desktop.py $(if $(EXEC),--exec "$(EXEC)")

soak: $(STAMP)
	ANNOTATOR_KILL_ROUNDS=50 $(BIN)/python -m pytest tests/store/test_kill_safety.py \
		tests/store/test_kill_import_merge.py -q
