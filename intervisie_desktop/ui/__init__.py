"""Qt widgets and windows; they call core services and never build queries."""
