"""The panes of the main window: groups, members, meetings, attendance, cases, first run."""
