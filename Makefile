PYTHON ?= python3
.PHONY: install run test translations package

install:
	$(PYTHON) -m pip install --quiet -e ".[test]"

run: install
	$(PYTHON) -m flashdesk

test: install
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q

translations:
	$(PYTHON) -m flashdesk.i18n

# The desktop bundle (packaging/dist/flashdesk) and, on Debian-like systems, the .deb.
package:
	$(PYTHON) -m pip install --quiet -e ".[package]"
	$(PYTHON) packaging/build_app.py
