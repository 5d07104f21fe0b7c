"""Opening, migrating and guarding the one SQLite database."""
