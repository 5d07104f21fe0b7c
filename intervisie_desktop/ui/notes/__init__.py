"""Private notes: the notes pane and its editor (Markdown with a rendered preview)."""
