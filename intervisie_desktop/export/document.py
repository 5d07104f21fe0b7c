"""Pieces every PDF export shares: page label, footer line, the facilitator's declaration."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from intervisie_desktop.export.html import esc, signature_block
from intervisie_desktop.export.keep import KEEP_TOGETHER

if TYPE_CHECKING:
    from intervisie_desktop.export.language import ExportLanguage


class PageLabel:
    """ "Page 2 of 5" in the export's language."""

    def __init__(self, t: ExportLanguage) -> None:
        self.template = t.translate("Export", "Page {n} of {total}")

    def __call__(self, n: int, total: int) -> str:
        return self.template.format(n=n, total=total)


def generated_on(t: ExportLanguage, today: date | None = None) -> str:
    return t.translate("Export", "Intervisie \u2014 drawn up on {date}").format(
        date=t.date_long(today or date.today())
    )


def declaration(
    name: str, register: str, year: int, t: ExportLanguage, participant: str = ""
) -> str:
    """The facilitator's statement with lines for place, date and signature."""
    if participant:
        text = t.translate(
            "Export",
            "I declare that {participant} took part in the meetings of peer consultation "
            "listed above in {year} under my guidance, and that the hours shown are correct.",
        ).format(participant=esc(participant), year=year)
    else:
        text = t.translate(
            "Export",
            "I declare that the meetings of peer consultation listed in this document took "
            "place in {year} under my guidance, and that the attendance and hours shown are "
            "correct.",
        ).format(year=year)
    # kept on one page with the heading before it and its signature lines (export/keep.py)
    return f'<p style="-qt-user-state: {KEEP_TOGETHER}">{text}</p>' + signature_block(
        [
            (t.translate("Export", "Supervisor"), esc(name) or None),
            (t.translate("Export", "Register and number"), esc(register) or None),
            (t.translate("Export", "Place and date"), None),
            (t.translate("Export", "Signature"), None),
        ]
    )
