"""The JSON API (`/api`): everything the pages do, on the same services."""
