"""Marks user-facing core text for Qt's translation tools without importing Qt.

lupdate finds QT_TRANSLATE_NOOP calls in Python sources; the UI translates the marked text with
QCoreApplication.translate(context, source) and then fills in the arguments.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source
