"""`intervisie export-register-list`: the registration numbers of those present, for a
register's accreditation portal: of one held meeting, or of every held meeting of a group's
year; plain text (one number per line) or CSV (numbers kept as text, see export.register_list)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import open_existing
from intervisie_desktop.commands.export_common import (
    add_export_options,
    count,
    existing_files,
    export_language,
    fail_on_write,
    find_group_id,
    output_path,
    written,
    year,
)
from intervisie_desktop.commands.messages import NO_MEETING, ExportError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse

    from intervisie_desktop.core.registers.portal import PortalList
    from intervisie_desktop.core.services import Services

GROUP_NEEDS_YEAR = QT_TRANSLATE_NOOP("Command", "--group needs --year")
YEAR_WITH_MEETING = QT_TRANSLATE_NOOP(
    "Command", "--year goes with --group; --meeting names the meeting by itself"
)
TXT_OR_CSV = QT_TRANSLATE_NOOP("Command", "--out must name a .txt or .csv file, not {name}")
NO_REGISTER = QT_TRANSLATE_NOOP("Command", "no register {name}; known registers: {known}")
NOT_HELD = QT_TRANSLATE_NOOP(
    "Command", "meeting {id} was not held: only a held meeting has a list; nothing was written"
)
NONE_HELD = QT_TRANSLATE_NOOP(
    "Command", "no meeting of this group was held in {year}; nothing was written"
)
NO_NUMBERS = QT_TRANSLATE_NOOP(
    "Command", "nobody present holds a {register} number; nothing was written"
)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-register-list",
        help="write the registration numbers of those present, for a register's portal",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help="one held meeting")
    which.add_argument("--group", metavar="NAME_OR_ID", help="a group (with --year)")
    parser.add_argument("--year", type=year, metavar="YYYY", help="every held meeting of a year")
    parser.add_argument(
        "--register", required=True, metavar="KEY", help="the register, e.g. BIG, SKJ, NIP"
    )
    add_export_options(parser, "the .txt (one number per line) or .csv file to write")
    parser.set_defaults(run=run)


def _register_key(services: Services, name: str) -> str:
    known = [r.key for r in services.registers.registers()]
    for key in known:
        if key.casefold() == name.strip().casefold():
            return key
    raise ExportError(NO_REGISTER, exit_code=2, name=repr(name), known=", ".join(known))


def _lists(services: Services, args: argparse.Namespace, key: str) -> list[PortalList]:
    registers = services.registers
    if args.meeting is not None:
        try:
            services.meetings.get(args.meeting)
        except Exception:
            raise ExportError(NO_MEETING, id=args.meeting) from None
        found = registers.meeting_list(args.meeting, key)
        if found is None:
            raise ExportError(NOT_HELD, id=args.meeting)
        return [found]
    lists = registers.year_lists(find_group_id(services, args.group), args.year, key)
    if not lists:
        raise ExportError(NONE_HELD, year=args.year)
    return lists


def run(args: argparse.Namespace) -> int:
    if args.group is not None and args.year is None:
        raise ExportError(GROUP_NEEDS_YEAR, exit_code=2)
    if args.meeting is not None and args.year is not None:
        raise ExportError(YEAR_WITH_MEETING, exit_code=2)
    if not str(args.out).lower().endswith((".txt", ".csv")):
        raise ExportError(TXT_OR_CSV, exit_code=2, name=repr(str(args.out)))
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        key = _register_key(services, args.register)
        lists = _lists(services, args, key)
        numbers = sum(len(p.numbers) for p in lists)
        if numbers == 0:
            raise ExportError(NO_NUMBERS, register=key)
        from intervisie_desktop.export.register_list import write_register_list

        lang = export_language(args)
        before = existing_files(path)
        try:
            write_register_list(lists, path, lang)
        except OSError as exc:
            raise fail_on_write(exc) from None
        detail = f"\t{count(numbers, 'number')} of {count(len(lists), 'meeting')}"
        written([path], detail, before)
    finally:
        db.close()
    return 0
