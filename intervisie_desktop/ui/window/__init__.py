"""The main window and what it owns: its menus and actions, commands on records, navigation to a
record, and starting session mode from it."""
