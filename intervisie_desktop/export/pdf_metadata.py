"""Complete the PDF's document information (Qt sets title, author and creator, not subject).

Done as an incremental update (PDF 1.4, section 3.4.5): a new Info dictionary, a one-entry
cross-reference section and a trailer pointing back at Qt's are appended; nothing is rewritten.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def _pdf_text(value: str) -> bytes:
    """A PDF text string in UTF-16BE with byte-order mark, hex-encoded: safe for any character."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def set_document_info(path: Path, info: dict[str, str]) -> None:
    data = path.read_bytes()
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rfind(b"trailer") :]
    size_match = re.search(rb"/Size\s+(\d+)", trailer)
    root_match = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer)
    if size_match is None or root_match is None:
        raise ValueError("unexpected PDF trailer")
    size = int(size_match[1])
    old_info = re.search(rb"/Info\s+(\d+)\s+\d+\s+R", trailer)
    kept = b""
    if old_info is not None:  # keep Qt's dates and producer
        obj = re.search(rb"\n" + old_info[1] + rb"\s+0\s+obj\s*<<(.*?)>>\s*endobj", data, re.S)
        if obj is not None:
            for key in (b"CreationDate", b"ModDate", b"Producer"):
                found = re.search(rb"/" + key + rb"\s*(\([^)]*\)|<[^>]*>)", obj[1])
                if found is not None:
                    kept += b"/" + key + b" " + found[1] + b"\n"
    entries = b"".join(
        b"/" + key.encode() + b" " + _pdf_text(value) + b"\n" for key, value in info.items()
    )
    ident = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    tail = b"" if data.endswith(b"\n") else b"\n"
    offset = len(data) + len(tail)
    body = f"{size} 0 obj\n<<\n".encode() + entries + kept + b">>\nendobj\n"
    xref_offset = offset + len(body)
    xref = f"xref\n{size} 1\n{offset:010d} 00000 n\r\n".encode()
    new_trailer = (
        f"trailer\n<< /Size {size + 1} /Root ".encode()
        + root_match[1]
        + f" /Info {size} 0 R /Prev {startxref} ".encode()
        + (ident[0] if ident else b"")
        + f" >>\nstartxref\n{xref_offset}\n%%EOF\n".encode()
    )
    path.write_bytes(data + tail + body + xref + new_trailer)
