"""Headless sub-commands, one module each; each module offers register(subparsers)."""

from intervisie_desktop.commands import (
    backup,
    check,
    demo,
    export_all,
    export_attendance_list,
    export_certificates,
    export_csv,
    export_ics,
    export_record,
    export_reflection,
    export_register_list,
    export_summary,
    export_year_plan,
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
    export_register_list,
    export_record,
    export_year_plan,
    export_reflection,
    export_csv,
    export_ics,
    export_all,
    backup,
    restore,
    check,
    self_check,
]
