"""A PDF's catalog, output intent and XMP packet, read without a PDF library.

Qt writes plain objects (no object streams); the exports append one incremental update. The
newest definition of an object is the last one in the file, as a reader takes it.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


def obj(data: bytes, number: int) -> bytes:
    """The dictionary text of object `number` (its newest definition)."""
    found = list(re.finditer(rb"(?:^|\n)" + str(number).encode() + rb" 0 obj\b", data))
    assert found, f"object {number} missing"
    start = found[-1].end()
    return data[start : data.index(b"endobj", start)]


def ref(text: bytes, key: bytes) -> int:
    match = re.search(rb"/" + key + rb"\s*\[?\s*(\d+) 0 R", text)
    assert match, f"/{key.decode()} missing"
    return int(match[1])


def catalog(data: bytes) -> bytes:
    trailer = data[data.rfind(b"trailer") :]
    return obj(data, ref(trailer, b"Root"))


def output_intent(data: bytes) -> bytes:
    return obj(data, ref(catalog(data), b"OutputIntents"))


def xmp(pdf: Path) -> ET.Element:
    """The XMP packet as poppler reads it (pdfinfo -meta)."""
    out = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, check=True).stdout
    packet = out[out.index(b"<x:xmpmeta") : out.index(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")]
    return ET.fromstring(packet)


def xmp_values(root: ET.Element) -> dict[str, str]:
    """Each property's text (the first list item of a list), as "prefix:name"."""
    values: dict[str, str] = {}
    for prefix, uri in NS.items():
        for element in root.iter():
            if element.tag.startswith("{" + uri + "}"):
                name = f"{prefix}:{element.tag.split('}')[1]}"
                item = element.find(".//rdf:li", NS)
                text = (item.text if item is not None else element.text) or ""
                values.setdefault(name, text.strip())
        for element in root.iter(f"{{{NS['rdf']}}}Description"):
            for key, value in element.attrib.items():
                if key.startswith("{" + uri + "}"):
                    values.setdefault(f"{prefix}:{key.split('}')[1]}", value)
    return values
