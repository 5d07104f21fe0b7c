"""Headless sub-commands, one module each; each module offers register(subparsers)."""

from intervisie_desktop.commands import demo, list_groups

COMMANDS = [demo, list_groups]
