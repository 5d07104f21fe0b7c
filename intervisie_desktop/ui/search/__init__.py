"""Search everywhere (Ctrl+K): one field over notes, cases, members, groups and meetings."""
