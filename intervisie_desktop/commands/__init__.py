"""Headless sub-commands, one module each; each module offers register(subparsers)."""

from intervisie_desktop.commands import (
    backup,
    check,
    demo,
    export_all,
    export_attendance_list,
    export_case_prep,
    export_certificates,
    export_csv,
    export_ics,
    export_method_cards,
    export_minutes,
    export_summary,
    list_groups,
    restore,
    self_check,
)

COMMANDS = [
    demo,
    list_groups,
    export_summary,
    export_certificates,
    export_attendance_list,
    export_minutes,
    export_method_cards,
    export_case_prep,
    export_csv,
    export_ics,
    export_all,
    backup,
    restore,
    check,
    self_check,
]
