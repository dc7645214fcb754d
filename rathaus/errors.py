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


class NotFoundError(RathausError):
    """A case, document or other record asked for by id does not exist."""


class TransitionError(RathausError):
    """A status change the procedure does not allow (see `rathaus.store.status`)."""


class StoreError(RathausError):
    """The store found its own data damaged, e.g. a document blob whose hash is wrong."""
