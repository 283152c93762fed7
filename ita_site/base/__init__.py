"""What every layer shares and nothing below it: problems (file, line, field, fix) and the one
YAML reader. It imports only ita_site.messages and ita_site.text, so content, catalogs, scores,
surveys and the importer can all use it without importing each other."""
