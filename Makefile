# The two commands of README.md. Both set up a fresh machine by themselves.
.PHONY: demo test lint screenshots serve

demo:
	bash scripts/setup.sh
	.venv/bin/rathaus demo

test:
	bash scripts/setup.sh --dev
	.venv/bin/ruff check .
	.venv/bin/mypy
	.venv/bin/pytest -q

# The key pages of the portal and the workbench as PNG (docs/screenshots/), from a real
# server with a demo case; README.md shows them.
screenshots:
	bash scripts/setup.sh --dev
	.venv/bin/python scripts/screenshots.py docs/screenshots
