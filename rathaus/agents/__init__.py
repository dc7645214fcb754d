"""The checking agents. Importing this package registers every agent (stable ids)."""

from rathaus.agents import vollstaendigkeit  # noqa: F401
