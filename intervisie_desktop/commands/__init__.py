"""Headless sub-commands, one module each; each module offers register(subparsers)."""

from intervisie_desktop.commands import backup, check, demo, list_groups, restore

COMMANDS = [demo, list_groups, backup, restore, check]
