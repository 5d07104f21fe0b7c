"""Who meets a register's rules, said in one line ("SKJ 110012345: not yet (14,5 of 60 h over
2022–2026); counted in 2026: meetings 8, hours 14,5, in a registered group 8").

Shared by the exports and the members pane: the words come through `translate(context,
source)` and numbers through `number(value)`, so each caller brings its own language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.registers.catalogue import RuleKind
from intervisie_desktop.core.registers.rules import Check, RegisterStatus, Verdict

if TYPE_CHECKING:
    from fractions import Fraction

Translate = Callable[[str, str], str]
Number = Callable[[float], str]

CONTEXT = "RegisterRules"

VERDICTS = {
    Verdict.MEETS: QT_TRANSLATE_NOOP("RegisterRules", "meets the rules"),
    Verdict.NOT_YET: QT_TRANSLATE_NOOP("RegisterRules", "not yet"),
    Verdict.DOES_NOT_MEET: QT_TRANSLATE_NOOP("RegisterRules", "does not meet the rules"),
    Verdict.NO_RULES: QT_TRANSLATE_NOOP("RegisterRules", "no yearly minimum"),
}
HOURS_PERIOD = QT_TRANSLATE_NOOP("RegisterRules", "{got} of {needed} h over {first}\u2013{last}")
HOURS_YEAR = QT_TRANSLATE_NOOP("RegisterRules", "{got} of {needed} h in {year}")
MEETINGS = QT_TRANSLATE_NOOP("RegisterRules", "{got} of {needed} meetings")
QUARTERS = QT_TRANSLATE_NOOP("RegisterRules", "{got} of 4 quarters with at least {needed} h")
FIGURES = QT_TRANSLATE_NOOP(
    "RegisterRules",
    "counted in {year}: meetings {meetings}, hours {hours}, in a registered group {registered}",
)
LINE = QT_TRANSLATE_NOOP("RegisterRules", "{register} {number}: {verdict}{checks}; {figures}")
SUMMARY_HEAD = QT_TRANSLATE_NOOP("RegisterRules", "Register rules on {date}")


def fraction_text(value: Fraction, number: Number) -> str:
    """Whole numbers without decimals, others with two (exact values, rounded only here)."""
    if value.denominator == 1:
        return str(value.numerator)
    return number(float(value))


def check_text(check: Check, status: RegisterStatus, translate: Translate, number: Number) -> str:
    got = fraction_text(check.got, number)
    needed = fraction_text(check.needed, number)
    rule = check.rule
    if rule.kind == RuleKind.HOURS:
        if rule.period_years > 1:
            first = status.year - rule.period_years + 1
            return translate(CONTEXT, HOURS_PERIOD).format(
                got=got, needed=needed, first=first, last=status.year
            )
        return translate(CONTEXT, HOURS_YEAR).format(got=got, needed=needed, year=status.year)
    if rule.kind == RuleKind.MEETINGS:
        return translate(CONTEXT, MEETINGS).format(got=got, needed=needed)
    return translate(CONTEXT, QUARTERS).format(got=got, needed=fraction_text(rule.value, number))


def verdict_text(verdict: Verdict, translate: Translate) -> str:
    return translate(CONTEXT, VERDICTS[verdict])


def status_line(status: RegisterStatus, translate: Translate, number: Number) -> str:
    checks = "; ".join(check_text(c, status, translate, number) for c in status.checks)
    figures = translate(CONTEXT, FIGURES).format(
        year=status.year,
        meetings=status.meetings,
        hours=fraction_text(status.hours, number),
        registered=status.registered_sessions,
    )
    return (
        translate(CONTEXT, LINE)
        .format(
            register=status.register.key,
            number=status.number or "\u2013",
            verdict=verdict_text(status.verdict, translate),
            checks=f" ({checks})" if checks else "",
            figures=figures,
        )
        .replace("  ", " ")
    )
