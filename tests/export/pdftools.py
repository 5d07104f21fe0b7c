"""Poppler's command-line tools over a written PDF."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
    # NFKC turns the ligatures of the font (fi, fl) back into letters, so searches see them.
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def page_text(pdf: Path, page: int) -> str:
    """The text of one page (counted from 1)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
    )
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def page_count(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(pdf)], capture_output=True, text=True)
    fields = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def normalise(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().lower()


def leaks(document: str, secrets: list[str], window: int = 6) -> list[str]:
    """Secrets found in the document: whole, or any run of `window` consecutive words."""
    haystack = normalise(document)
    found = []
    for secret in secrets:
        words = normalise(secret).split(" ")
        runs = [" ".join(words[i : i + window]) for i in range(max(1, len(words) - window + 1))]
        if normalise(secret) in haystack or any(len(r) > 20 and r in haystack for r in runs):
            found.append(secret)
    return found
