# The two commands of the README, and the checks they are made of.
VENV := .venv/bin
SAMPLE_ARGS := --sample

.PHONY: run test check setup setup-tests lint typecheck pytest quick-pytest wheel-check screenshots

## Start Lisible on the bundled sample article (sets everything up first).
run: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$$QT_QPA_PLATFORM" != offscreen ]; then \
		echo "No display found: running Lisible in a virtual X server (xvfb-run)."; \
		xvfb-run -a $(VENV)/lisible $(SAMPLE_ARGS); \
	else \
		$(VENV)/lisible $(SAMPLE_ARGS); \
	fi

## Run every check CI runs: lint, types, tests (sets everything up first).
test: setup-tests lint typecheck pytest wheel-check

## The quick checks, while working: lint, types, the core's fast tests and the
## structure test (under 30 s; the UI, the models and the CLI are `make test`'s).
check: lint typecheck quick-pytest

setup:
	@./.ci/setup.sh

setup-tests:
	@./.ci/setup.sh --tests

lint:
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .

typecheck:
	$(VENV)/mypy

pytest:
	QT_QPA_PLATFORM=offscreen $(VENV)/pytest -q
	@# The screenshot test again in a real X server, when there is one to start
	@# (its pictures are the run's artefacts, artifacts/screenshots), and the
	@# tests of keys as X11 binds them.
	@if command -v xvfb-run >/dev/null; then \
		xvfb-run -a env QT_QPA_PLATFORM=xcb LISIBLE_SCREENSHOTS=artifacts/screenshots \
			$(VENV)/pytest -q -p no:cacheprovider tests/ui/test_screenshots.py \
			tests/ui/test_x11_keys.py; \
	fi

## Build the wheel, install it in a fresh venv, and open the window from there.
wheel-check:
	QT_QPA_PLATFORM=offscreen $(VENV)/pytest -q -m slow -p no:cacheprovider tests/test_wheel.py

quick-pytest:
	$(VENV)/pytest -q -m "not slow and not heavy" tests/reader tests/test_structure.py

## Render the sample in each theme, and each view at 100 % and 150 % in light and dark,
## in English and French, in a real window: PNGs in artifacts/screenshots (the matrix in
## its matrix/ folder).
screenshots: setup
	xvfb-run -a env QT_QPA_PLATFORM=xcb LISIBLE_SCREENSHOTS=artifacts/screenshots \
		$(VENV)/pytest -q -p no:cacheprovider tests/ui/test_screenshots.py
