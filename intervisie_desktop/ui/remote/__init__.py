"""The phone remote: a small web server inside the program while session mode runs (opt-in)."""
