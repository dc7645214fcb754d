"""The checking agents. Importing this package registers every agent (stable ids)."""

from rathaus.agents import (  # noqa: F401  (imported for their @register side effect)
    bauordnung,
    denkmalschutz,
    erschliessung,
    grundbuch,
    naturschutz,
    planungsrecht,
    vollstaendigkeit,
)
