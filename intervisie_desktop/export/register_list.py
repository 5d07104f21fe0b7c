"""Portal lists written to a file: plain text (one number per line, what a portal's paste box
takes) or CSV for a spreadsheet.

CSV cells holding a number are written as ="01234567890": Excel, LibreOffice and Google Sheets
all read that as the text 01234567890. A plain 01234567890 (quoted or not) is taken for a number
and loses its leading zero; an 11-digit one may even turn into 1.23457E+10. A "text" column type
would keep it too, but only when the person opening the file picks it in an import dialog.
Separator and header follow the language like the attendance CSV: semicolon in Dutch files,
comma in English ones; UTF-8 with a byte-order mark.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.output_files import write_file_atomically
from intervisie_desktop.core.registers.portal import as_text, spreadsheet_text
from intervisie_desktop.export.language import ExportLanguage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.registers.portal import PortalList


def is_csv(path: Path) -> bool:
    return path.suffix.lower() == ".csv"


def portal_csv(lists: Sequence[PortalList], lang: str) -> str:
    t = ExportLanguage(lang)
    delimiter = ";" if lang == "nl" else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(
        [
            t.translate("Csv", "date"),
            t.translate("Csv", "start"),
            t.translate("Csv", "register"),
            t.translate("Csv", "registration number"),
        ]
    )
    for portal in lists:
        for number in portal.numbers:
            # csv would quote the formula's quotes ("=""0123"""); the cell is written as is:
            # numbers hold no separator, quote or line break (the service refuses those).
            head = io.StringIO()
            csv.writer(head, delimiter=delimiter, lineterminator="").writerow(
                [portal.date.isoformat(), portal.start.strftime("%H:%M"), portal.register]
            )
            out.write(f"{head.getvalue()}{delimiter}{spreadsheet_text(number)}\r\n")
    return out.getvalue()


def register_list_bytes(lists: Sequence[PortalList], path: Path, lang: str) -> bytes:
    if is_csv(path):
        return portal_csv(lists, lang).encode("utf-8-sig")
    return as_text(list(lists)).encode("utf-8")


def write_register_list(lists: Sequence[PortalList], path: Path, lang: str) -> int:
    """Write the file in one step (a temporary file renamed over it); returns the count of
    numbers written."""
    write_file_atomically(Path(path), register_list_bytes(lists, Path(path), lang))
    return sum(len(p.numbers) for p in lists)
