"""Backups in rotation, verified restore, and recovery from an unsound database at start."""
