"""Safety in the UI: one instance per data folder, recovery at start, backup and restore."""
