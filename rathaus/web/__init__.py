"""The web app: the citizens' portal, the caseworkers' workbench, the admin area and a
JSON API (OpenAPI at /docs), all on the same services (`rathaus.web.dienste`)."""
