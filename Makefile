# The two commands a newcomer needs; each sets up .venv first (see scripts/install.sh).
.PHONY: demo test install install-dev

demo: install
	.venv/bin/workbench demo --json runs/demo/results.json

test: install-dev
	.venv/bin/python -m pytest -n 2 --dist loadgroup

install:
	scripts/install.sh

install-dev:
	scripts/install.sh dev,grading,lab
