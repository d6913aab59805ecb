# Kava: `make run` and `make test` each do the whole set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.kava-setup

.PHONY: setup run test bench fuzz annotate clean prerequisites examples

setup: $(STAMP)

prerequisites:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11+ not found: install Python 3.11 or newer."; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required: install Python 3.11 or newer."; exit 1; }
	@command -v javac >/dev/null || { echo "javac not found: install a JDK (17 or newer), e.g. 'apt install openjdk-17-jdk-headless'."; exit 1; }
	@command -v cc >/dev/null || command -v gcc >/dev/null || { echo "No C compiler found: install one, e.g. 'apt install gcc'."; exit 1; }

$(STAMP): setup.py pyproject.toml $(shell find kvm_core kava packages sdk examples -name '*.py' -o -name '*.pyx' -o -name '*.pxd' -o -name '*.pxi' -o -name '*.java' -o -name '*.txt' -o -name '*.jad' -o -name '*.png' 2>/dev/null) | prerequisites
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory examples
	touch $(STAMP)

# The example MIDlet suites, each built by `kava build` into build/examples/NAME/.
EXAMPLES := game forms menu
examples:
	@for app in $(EXAMPLES); do $(VENV)/bin/kava build examples/$$app --out build/examples/$$app || exit 1; done

# The game on the phone screen: in a window, or (no display) headless, playing its demo
# script in virtual time and writing screenshots to build/screenshots/.
run: setup
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(VENV)/bin/kava run build/examples/game/GemRaider.jad; \
	else \
		echo "No display: running the game headless with examples/game/demo.script"; \
		mkdir -p build/screenshots && cd build/screenshots && \
		../../$(VENV)/bin/kava run --headless --script ../../examples/game/demo.script ../examples/game/GemRaider.jad && \
		echo "Screenshots of the game: $$(pwd)/"; \
	fi

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) benchmarks/run.py

fuzz: setup
	$(PY) tests/fuzz/fuzz.py --count 100000 --out build/fuzz-crashers

annotate: setup
	KAVA_ANNOTATE=1 $(PY) setup.py -q build_ext --inplace --force
	mkdir -p build/annotate && mv kvm_core/*.html build/annotate/
	@echo "Cython annotation: build/annotate/interp.html (the interpreter), objects.html, ..."

clean:
	rm -rf build $(VENV) kvm_core/*.so kvm_core/_kvm.c kvm_core/lib
