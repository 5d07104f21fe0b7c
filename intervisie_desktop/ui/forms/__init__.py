"""Form fields that save when left, and the window's one undo stack: shared by every pane,
the plan editor and the main window."""
