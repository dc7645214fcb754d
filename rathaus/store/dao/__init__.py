"""The data-access layer: every query of the store lives here, one module per table
group. Functions take an open Session and never commit; `Store` owns transactions."""
