"""Intervisie Desktop: the supervisor's tool for guided peer consultation."""

__version__ = "0.2.0"
APP_NAME = "Intervisie"
APP_ID = "intervisie-desktop"
