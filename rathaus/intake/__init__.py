"""Intake: reading an application bundle and its documents into a frozen case snapshot."""
