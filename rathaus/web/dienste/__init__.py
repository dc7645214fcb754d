"""The services behind both the pages and the JSON API."""
