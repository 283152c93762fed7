"""Content contract: reading agency.yml, year.yml and Markdown pages into domain models."""
