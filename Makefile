# The two commands of README.md. Both set up a fresh machine by themselves.
.PHONY: demo test lint

demo:
	bash scripts/setup.sh
	.venv/bin/rathaus demo

test:
	bash scripts/setup.sh --dev
	.venv/bin/ruff check .
	.venv/bin/mypy
	.venv/bin/pytest -q
