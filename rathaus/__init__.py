"""rathaus: municipal administrative procedures with accountable AI agents."""

__version__ = "0.1.0"
