"""Generator of the example applications (see scripts/make_antraege.py)."""
