"""Plain, frozen data types of rathaus."""
