"""The read-only description of a method as HTML: what a built-in shows, and an own method's
preview. Texts come in the language asked for (the projector may run in either)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.methods.schema import planned_total
from intervisie_desktop.core.session.warning import DEFAULT_WARNING_MINUTES
from intervisie_desktop.ui.methods.labels import (
    flags_of,
    format_minutes,
    phase_time,
    speaker_mode_label,
)

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef, PhaseDef


def _para(text: str) -> str:
    """Plain text as HTML paragraphs; line breaks kept, nothing interpreted as markup."""
    blocks = [escape(block).replace("\n", "<br>") for block in text.split("\n\n") if block.strip()]
    return "".join(f"<p>{block}</p>" for block in blocks) or "<p>\u2014</p>"


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def source_html(method: MethodDef) -> str:
    if method.unsourced:
        return "<p><b>{}</b></p>".format(
            escape(
                QCoreApplication.translate(
                    "MethodOverview",
                    "No published source: this structure is a reasonable default of our own. "
                    "Adapt it freely.",
                )
            )
        )
    if not method.source.strip():
        return "<p>{}</p>".format(
            escape(QCoreApplication.translate("MethodOverview", "No source given."))
        )
    return _para(method.source)


def warning_text(phase: PhaseDef, ui_lang: str, default: float) -> str:
    """ "2 min before the end", or for a phase without its own point the program's default."""
    if phase.warning_minutes is None:
        return QCoreApplication.translate(
            "MethodOverview", "{minutes} min before the end (program default)"
        ).format(minutes=format_minutes(default, ui_lang))
    return QCoreApplication.translate("MethodOverview", "{minutes} min before the end").format(
        minutes=format_minutes(phase.warning_minutes, ui_lang)
    )


def phase_html(
    number: int,
    phase: PhaseDef,
    group_size: int,
    lang: str,
    ui_lang: str,
    default_warning: float = DEFAULT_WARNING_MINUTES,
) -> str:
    parts = [
        "<h3>{n}. {name} <span style='font-weight:normal'>\u2014 {time}</span></h3>".format(  # noqa: UP032
            n=number,
            name=escape(phase.name.get(lang)),
            time=escape(phase_time(phase, group_size, ui_lang)),
        ),
        "<p><b>{who}</b> {mode} &nbsp;\u00b7&nbsp; <b>{warn}</b> {minutes}</p>".format(
            who=escape(QCoreApplication.translate("MethodOverview", "Who speaks:")),
            mode=escape(speaker_mode_label(phase.speaker_mode)),
            warn=escape(QCoreApplication.translate("MethodOverview", "Warning:")),
            minutes=escape(warning_text(phase, ui_lang, default_warning)),
        ),
    ]
    flags = flags_of(phase)
    if flags:
        parts.append(
            "<p><b>{label}</b> {flags}</p>".format(
                label=escape(QCoreApplication.translate("MethodOverview", "Rules:")),
                flags=escape(" \u00b7 ".join(flags)),
            )
        )
    instruction = phase.instruction.get(lang)
    script = phase.script.get(lang)
    parts.append(
        "<p><b>{label}</b><br>{text}</p>".format(
            label=escape(
                QCoreApplication.translate("MethodOverview", "Instruction for the participants:")
            ),
            text=escape(instruction) if instruction else "\u2014",
        )
    )
    parts.append(
        "<p><b>{label}</b></p>{text}".format(
            label=escape(
                QCoreApplication.translate("MethodOverview", "Script for the facilitator:")
            ),
            text=_para(script) if script else "<p>\u2014</p>",
        )
    )
    return "".join(parts)


def method_html(
    method: MethodDef,
    group_size: int,
    lang: str,
    ui_lang: str,
    default_warning: float = DEFAULT_WARNING_MINUTES,
) -> str:
    """The whole method: summary, when to use it, source, then every phase in order."""
    total = planned_total(method, group_size)
    sections = [
        _h2(QCoreApplication.translate("MethodOverview", "Summary")),
        _para(method.summary.get(lang)),
        _h2(QCoreApplication.translate("MethodOverview", "When to use it")),
        _para(method.when_to_use.get(lang)),
        _h2(QCoreApplication.translate("MethodOverview", "Source")),
        source_html(method),
        "<h2>{}</h2>".format(
            escape(
                QCoreApplication.translate(
                    "MethodOverview", "Phases: {count}, {total} min in a group of {size}"
                ).format(
                    count=len(method.phases),
                    total=format_minutes(total, ui_lang),
                    size=group_size,
                )
            )
        ),
    ]
    for number, phase in enumerate(method.phases, start=1):
        sections.append(phase_html(number, phase, group_size, lang, ui_lang, default_warning))
    return "".join(sections)
