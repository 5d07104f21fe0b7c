"""Register texts in the user's language: number warnings and the words of the rule lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from intervisie_desktop.core.registers.numbers import CONTEXT as NUMBER_CONTEXT

if TYPE_CHECKING:
    from intervisie_desktop.core.registers.numbers import NumberWarning


def warning_text(warning: NumberWarning) -> str:
    """A number warning in the user's language (its nested parts translated first)."""
    args = {
        key: (
            QCoreApplication.translate(NUMBER_CONTEXT, value[0]).format(**value[1])
            if isinstance(value, tuple) and value[0]
            else ("" if isinstance(value, tuple) else value)
        )
        for key, value in warning.args.items()
    }
    return QCoreApplication.translate(NUMBER_CONTEXT, warning.source).format(**args)


def tr_rules(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def local_number(value: float) -> str:
    return QLocale().toString(float(value), "f", 2)
