"""Rule data the agents load with importlib.resources (package data)."""
