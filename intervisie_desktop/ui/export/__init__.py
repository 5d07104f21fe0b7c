"""Export dialogs: choose what to export, then render off the GUI thread with progress."""
