"""Archive-grade PDF metadata: the XMP packet (PDF/A-1b) and the matching document information.

Qt writes a PDF/A-1b file (sRGB output intent, embedded fonts, the XMP packet we hand it) but
knows no subject, keywords or language. Those are added as an incremental update (PDF 1.4,
section 3.4.5, allowed by PDF/A-1): a new Info dictionary and a new version of the catalog with
/Lang, a cross-reference section for the two and a trailer pointing back at Qt's. Nothing Qt
wrote is rewritten. The Info entries say exactly what the XMP says (PDF/A-1, 6.7.3), dates
included: both are made from one moment.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from pathlib import Path

#: The document language as a BCP 47 tag (catalog /Lang and dc:language).
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}  # ASCII: written as a PDF literal string


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    producer: str
    lang: str  # "nl" or "en"
    moment: datetime

    @property
    def language_tag(self) -> str:
        return LANGUAGE_TAGS.get(self.lang, self.lang)


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def xmp_packet(info: DocumentInfo) -> bytes:
    """The XMP metadata of a PDF/A-1b file: title, author, subject, keywords, language, tools,
    dates, identity and the PDF/A identification."""
    stamp = info.moment.isoformat()
    lang = _xml(info.language_tag)
    packet = f"""<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(info.subject)}</rdf:li></rdf:Alt>\
</dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Keywords>{_xml(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{_xml(info.producer)}</pdf:Producer>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{_xml(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <xmpMM:DocumentID>uuid:{uuid.uuid4()}</xmpMM:DocumentID>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>1</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""
    return packet.encode("utf-8")


def _pdf_text(value: str) -> bytes:
    """A PDF text string in UTF-16BE with byte-order mark, hex-encoded: safe for any character."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def _pdf_date(moment: datetime) -> bytes:
    """A date string, ASCII as PDF readers and PDF/A validators expect it."""
    return moment.strftime("(D:%Y%m%d%H%M%S+00'00')").encode("ascii")


def _catalog(data: bytes, root: bytes) -> tuple[int, bytes]:
    """The number and dictionary body of the catalog object `root` ("N 0 R")."""
    number = int(root.split()[0])
    found = list(re.finditer(rb"(?:^|\n)" + str(number).encode() + rb"\s+0\s+obj\s*<<", data))
    if not found:
        raise ValueError("no catalog in the PDF")
    start = found[-1].end()
    end = data.index(b"endobj", start)
    body = data[start:end].rstrip()
    if not body.endswith(b">>"):
        raise ValueError("unexpected catalog")
    return number, body[:-2]


def finish_pdf(path: Path, info: DocumentInfo) -> None:
    """Append the Info dictionary and the catalog's /Lang (see the module's docstring)."""
    data = path.read_bytes()
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rfind(b"trailer") :]
    size_match = re.search(rb"/Size\s+(\d+)", trailer)
    root_match = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer)
    if size_match is None or root_match is None:
        raise ValueError("unexpected PDF trailer")
    size = int(size_match[1])
    catalog_number, catalog = _catalog(data, root_match[1])
    catalog = re.sub(rb"/Lang\s*(\([^)]*\)|<[^>]*>)", b"", catalog)
    fields = {
        "Title": info.title,
        "Author": info.author,
        "Subject": info.subject,
        "Keywords": info.keywords,
        "Creator": info.creator,
        "Producer": info.producer,
    }
    entries = b"".join(b"/" + k.encode() + b" " + _pdf_text(v) + b"\n" for k, v in fields.items())
    entries += b"/CreationDate " + _pdf_date(info.moment) + b"\n"
    entries += b"/ModDate " + _pdf_date(info.moment) + b"\n"
    tail = b"" if data.endswith(b"\n") else b"\n"
    info_offset = len(data) + len(tail)
    info_obj = f"{size} 0 obj\n<<\n".encode() + entries + b">>\nendobj\n"
    catalog_offset = info_offset + len(info_obj)
    catalog_obj = (
        f"{catalog_number} 0 obj\n<<".encode()
        + catalog
        + b"\n/Lang ("
        + info.language_tag.encode("ascii")
        + b")"
        + b"\n>>\nendobj\n"
    )
    xref_offset = catalog_offset + len(catalog_obj)
    xref = (
        f"xref\n{catalog_number} 1\n{catalog_offset:010d} 00000 n\r\n"
        f"{size} 1\n{info_offset:010d} 00000 n\r\n"
    ).encode()
    ident = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    new_trailer = (
        f"trailer\n<< /Size {size + 1} /Root ".encode()
        + root_match[1]
        + f" /Info {size} 0 R /Prev {startxref} ".encode()
        + (ident[0] if ident else b"")
        + f" >>\nstartxref\n{xref_offset}\n%%EOF\n".encode()
    )
    with path.open("ab") as handle:
        handle.write(tail + info_obj + catalog_obj + xref + new_trailer)
