"""The HTML pages, on the same services as the JSON API."""
