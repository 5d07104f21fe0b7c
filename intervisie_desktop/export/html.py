"""Small HTML builders for QTextDocument (which knows a subset of HTML 4 and CSS 2)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

ACCENT = "#1f4e79"
RULE = "#9aa7b4"
HEAD_BG = "#e6ecf2"
ZEBRA_BG = "#f5f7f9"

STYLE = f"""
<style>
h1 {{ font-size: 17pt; color: {ACCENT}; margin-bottom: 2pt; }}
h2 {{ font-size: 12.5pt; color: {ACCENT}; margin-top: 14pt; margin-bottom: 5pt; }}
h3 {{ font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }}
p {{ margin-top: 0; margin-bottom: 5pt; }}
table.grid {{ border-collapse: collapse; border-color: {RULE}; }}
table.grid th {{ background-color: {HEAD_BG}; font-weight: bold; text-align: left; }}
table.kv td {{ padding-bottom: 3pt; }}
.small {{ font-size: 8pt; }}
.muted {{ color: #555555; }}
.num {{ text-align: right; }}
.center {{ text-align: center; }}
.big {{ font-size: 14pt; font-weight: bold; }}
</style>
"""


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def multiline(text: str) -> str:
    return "<br>".join(esc(line) for line in text.splitlines())


def h2(text: str) -> str:
    # QTextDocument drops a heading's top margin after a table: an empty line keeps them apart.
    spacer = '<p style="margin: 0; font-size: 7pt;">&nbsp;</p>'
    return f'{spacer}<h2 style="margin-top: 16pt; margin-bottom: 5pt;">{text}</h2>'


def h3(text: str) -> str:
    return f'<h3 style="margin-top: 12pt; margin-bottom: 4pt;">{text}</h3>'


def page_break() -> str:
    return '<p style="page-break-before: always; margin: 0;"></p>'


def grid(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int] | None = None,
    align: Sequence[str] | None = None,
    font_pt: float = 8.5,
    padding: int = 3,
) -> str:
    """A ruled table; cells are HTML already (escape before). widths in percent."""

    def cell(tag: str, i: int, content: str, row: int) -> str:
        attrs = []
        if widths is not None:
            attrs.append(f'width="{widths[i]}%"')
        if align is not None and align[i] != "left":
            attrs.append(f'align="{align[i]}"')
        style = []
        if tag == "td" and row % 2 == 1:
            style.append(f"background-color: {ZEBRA_BG}")
        if style:
            attrs.append(f'style="{"; ".join(style)}"')
        return f"<{tag} {' '.join(attrs)}>{content}</{tag}>"

    head = "".join(cell("th", i, h, 0) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c, r) for i, c in enumerate(row)) + "</tr>"
        for r, row in enumerate(rows)
    )
    return (
        f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="{padding}"'
        f' style="font-size: {font_pt}pt; border-collapse: collapse; border-color: {RULE};'
        f' border-style: solid;"><thead><tr>{head}</tr></thead>{body}</table>'
    )


def key_values(pairs: Sequence[tuple[str, str]], key_width: int = 35) -> str:
    """Label: value lines, labels in grey (values are HTML already)."""
    rows = "".join(
        f'<tr><td width="{key_width}%" class="muted">{k}</td><td><b>{v}</b></td></tr>'
        for k, v in pairs
    )
    return f'<table class="kv" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def signature_block(pairs: Sequence[tuple[str, str | None]]) -> str:
    """Label and value per row; a value of None leaves a line to write or sign on."""
    line = "_" * 34  # one unbreakable word: longer would squeeze the labels
    rows = "".join(
        f'<tr><td width="30%" class="muted" valign="bottom">{label}</td>'
        + (
            f'<td valign="bottom"><b>{value}</b></td></tr>'
            if value is not None
            else f'<td valign="bottom"><br><br>{line}</td></tr>'
        )
        for label, value in pairs
    )
    return f'<table width="90%" cellspacing="0" cellpadding="3">{rows}</table>'
