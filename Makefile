# The README's two commands. Everything runs in a project venv (.venv), so a stock
# Debian/Ubuntu Python (PEP 668 "externally-managed-environment") works too. The venv sees
# the system's site-packages: what is already installed there is reused, not downloaded again.
# pip runs only when pyproject.toml is newer than the venv's stamp, not on every launch.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
.PHONY: install run test lint translations package package-deps

$(PY):
	@$(PYTHON) -m venv --system-site-packages $(VENV) || { rm -rf $(VENV); \
	    echo "make: cannot create $(VENV); on Debian/Ubuntu install python3-venv first" \
	         "(sudo apt install python3-venv)" >&2; exit 2; }

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

$(VENV)/.installed-package: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test,package]"
	@touch $@

install: $(VENV)/.installed

run: install
	$(PY) -m flashdesk

test: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# CI's checks before the tests: style, and the layers of docs/ARCHITECTURE.md
lint: install
	PATH="$(VENV)/bin:$$PATH" ruff check .
	PATH="$(VENV)/bin:$$PATH" lint-imports

translations: install
	$(PY) -m flashdesk.i18n

# The desktop bundle (packaging/dist/flashdesk) and, on Debian-like systems, the .deb.
package-deps: $(VENV)/.installed-package

package: package-deps
	$(PY) packaging/build_app.py
