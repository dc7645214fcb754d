"""Alembic migrations of the store; `rathaus.store.engine.upgrade` runs them."""
