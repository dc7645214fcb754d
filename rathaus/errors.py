"""One exception hierarchy for rathaus; the CLI and the web map it to exit codes and HTTP."""


class RathausError(Exception):
    """Base of every error rathaus raises on purpose."""


class InputError(RathausError):
    """An input cannot be read at all (not JSON, unsafe zip, over a limit, wrong types).

    The message is one line that names the input and, where it applies, the key path.
    """


class ConfigError(RathausError):
    """The municipality's data package or a rules file is malformed."""


class AgentError(RathausError):
    """An agent failed on a case. The check stops: a partial report could look clean."""
