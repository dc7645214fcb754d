"""Procedures (Verfahren): one folder each, with what it requires, its agents and deadlines."""
