"""Alembic environment.

Normally the store passes its own connection (`config.attributes["connection"]`), already
inside a locked transaction (see `rathaus.store.engine.upgrade`). Run by hand, e.g.
`alembic -c rathaus/store/alembic.ini revision --autogenerate -m "..."`, it connects to
`RATHAUS_DATABASE_URL` or the SQLite file in the data folder.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from rathaus.store.config import data_dir, database_url
from rathaus.store.engine import make_engine
from rathaus.store.models import Base


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        transactional_ddl=True,  # SQLite too: the store's engine emits BEGIN itself
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or database_url(data_dir())
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=Base.metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _configure(conn)
            conn.commit()
    finally:
        engine.dispose()


_run()
