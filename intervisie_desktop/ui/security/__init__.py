"""Locking the window, unlocking, the first-start choice, protection settings and erasure."""
