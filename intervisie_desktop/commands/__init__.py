"""Headless sub-commands, one module each; each module offers register(subparsers)."""

from intervisie_desktop.commands import demo, list_groups, self_check

COMMANDS = [demo, list_groups, self_check]
