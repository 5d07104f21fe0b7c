"""Showing a search hit: escaped text with the matched words in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.services.search import MARK_END, MARK_START, Hit


def kind_label(kind: str) -> str:
    labels = {
        "note": QCoreApplication.translate("Search", "Note"),
        "case": QCoreApplication.translate("Search", "Case"),
        "member": QCoreApplication.translate("Search", "Member"),
        "group": QCoreApplication.translate("Search", "Group"),
        "meeting": QCoreApplication.translate("Search", "Meeting"),
    }
    return labels.get(kind, kind)


def snippet_html(snippet: str) -> str:
    """The snippet as safe HTML: stored text escaped, only our marks become <b>."""
    return (
        html.escape(snippet.replace("\n", " ")).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    )


def hit_html(hit: Hit) -> str:
    title = html.escape(hit.title) or QCoreApplication.translate("Search", "(untitled)")
    where = " \u00b7 ".join(html.escape(x) for x in (hit.context, hit.date) if x)
    head = f"<span style='color: palette(mid)'>{html.escape(kind_label(hit.kind))}</span> "
    head += f"<b>{title}</b>"
    if where:
        head += f" <span style='color: palette(mid)'>\u2014 {where}</span>"
    return f"{head}<br>{snippet_html(hit.snippet)}"
