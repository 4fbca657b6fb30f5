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
