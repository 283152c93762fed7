"""Open data of an agency's site: each year's measures and ITA scores as CSV (UTF-8 with a
byte-order mark, through ita_site.text.csvfile) and JSON, their JSON Schemas, and the /data/
page that lists them with the OIT exports. Output depends on the content only, so rebuilding
the same content gives the same bytes."""
