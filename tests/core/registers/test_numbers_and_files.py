"""Register files (a source for every rule, unsourced values editable), number warnings and the
registrations service's refusals."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.registers import numbers as n
from intervisie_desktop.core.registers.catalogue import (
    RegisterFileError,
    RuleKind,
    load_registers,
    read_register,
)
from intervisie_desktop.paths import registers_dir

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.services import Services


def sources(services: Services, key: str, number: str, member_id: int | None = None) -> list[str]:
    return [w.source for w in services.registers.warnings(key, number, member_id)]


def test_every_register_file_reads_and_every_rule_names_its_source() -> None:
    registers = load_registers(registers_dir())
    assert {r.key for r in registers} >= {"BIG", "SKJ", "NIP", "NVO", "NOBCO", "NHG", "KNGF"}
    for register in registers:
        assert register.name_nl and register.name_en and register.number.source
        for rule in register.rules:
            assert rule.source
            if "aanname" in rule.source or "unsourced" in rule.source:
                assert rule.unsourced, (register.key, rule.key)
    skj = next(r for r in registers if r.key == "SKJ")
    hours = skj.rule(RuleKind.HOURS)
    assert hours is not None and (hours.value, hours.period_years) == (60, 5)
    assert not hours.unsourced


def test_a_rule_without_a_source_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(
        'key = "X"\nname.nl = "X"\nname.en = "X"\n[[rules]]\nkind = "hours"\nvalue = 3\n',
        encoding="utf-8",
    )
    with pytest.raises(RegisterFileError, match=r"x\.toml\.rules\[0\]\.source"):
        read_register(path)
    path.write_text(
        'key = "X"\nname.nl = "X"\nname.en = "X"\n[[rules]]\nkind = "weeks"\nsource = "s"\n',
        encoding="utf-8",
    )
    with pytest.raises(RegisterFileError, match="unknown kind 'weeks'"):
        read_register(path)


def test_unsourced_values_are_the_supervisors_to_change_sourced_ones_are_not(
    services: Services,
) -> None:
    registers = services.registers
    services.registers.set_rule_value("NVO", "hours", 30.5)
    nvo = registers.register("NVO")
    assert nvo is not None
    hours = nvo.rule(RuleKind.HOURS)
    assert hours is not None and hours.value == Fraction(61, 2) and hours.changed
    with pytest.raises(ValidationError, match="cannot be changed"):
        registers.set_rule_value("SKJ", "hours", 10)
    with pytest.raises(ValidationError):
        registers.set_rule_value("NVO", "hours", float("nan"))
    # a value for a sourced rule slipped into the settings by hand is not used
    services.settings.set("register_rules", {"SKJ": {"hours": 1}, "NVO": {"hours": 30.5}})
    skj = registers.register("SKJ")
    assert skj is not None and skj.rules[0].value == 60


@pytest.mark.parametrize(
    ("key", "number", "expected"),
    [
        ("BIG", "01234567890", []),  # 11 digits, leading zero kept: fine
        ("BIG", "1234567890", [n.TOO_FEW_DIGITS]),  # a spreadsheet ate the zero
        ("BIG", "123456789012", [n.TOO_MANY_DIGITS]),
        ("BIG", "BIG-1973060", [n.REPEATS_REGISTER, n.TOO_FEW_DIGITS]),  # the old demo's value
        ("BIG", "0123456789O", [n.DIGITS_ONLY, n.TOO_FEW_DIGITS]),  # a letter O for a zero
        ("NIP", "NIP012345", []),
        ("NIP", "012345", [n.NEEDS_PREFIX]),
        ("NIP", "NIP01234x", [n.DIGITS_ONLY]),
        ("SKJ", "110012345", []),
        ("SKJ", "", [n.NO_NUMBER]),
        ("Eigen", "A-12", [n.UNKNOWN_REGISTER]),
        ("", "12345", [n.NO_REGISTER]),
        ("NVO", "whatever 12", []),  # no published form: not checked
    ],
)
def test_number_warnings(services: Services, key: str, number: str, expected: list[str]) -> None:
    assert sources(services, key, number) == expected


def test_the_warning_says_what_is_wrong_in_plain_words(services: Services) -> None:
    (first,) = services.registers.warnings("BIG", "1234567890")
    assert first.english() == (
        "BIG numbers have 11 digits; this one has 10. Was a leading zero lost (spreadsheets "
        "drop them)? Example: 01234567890."
    )
    (prefix,) = services.registers.warnings("NIP", "NIP0123a")
    assert "after \u201cNIP\u201d" in prefix.english()


def test_the_same_number_held_by_two_members_is_pointed_out(services: Services) -> None:
    anna = services.members.create(full_name="Anna Aa").value
    bert = services.members.create(full_name="Bert Bee").value
    assert anna.id is not None and bert.id is not None
    services.registrations.add(anna.id, "BIG", "01234567890")
    assert sources(services, "BIG", "01234567890", bert.id) == [n.SAME_NUMBER]
    assert sources(services, "BIG", "01234567890", anna.id) == []


def test_registrations_keep_leading_zeros_and_refuse_what_breaks_a_list(
    services: Services,
) -> None:
    person = services.members.create(full_name="Anna Aa").value
    assert person.id is not None
    services.registrations.add(person.id, "BIG", " 0123 456 7890 ")
    services.registrations.add(person.id, "SKJ", "110012345")
    stored = services.registrations.for_member(person.id)
    assert [(r.register_key, r.number, r.position) for r in stored] == [
        ("BIG", "01234567890", 0),
        ("SKJ", "110012345", 1),
    ]
    for bad in ("0123;4567", '0123"45', "01,23"):
        with pytest.raises(ValidationError, match="semicolon"):
            services.registrations.add(person.id, "BIG", bad)
    with pytest.raises(ValidationError, match="already has this BIG number"):
        services.registrations.add(person.id, "BIG", "01234567890")
    with pytest.raises(ValidationError):
        services.registrations.add(person.id, "  ", "1")
    # erasing the member takes the registrations along
    services.deletions.delete("member", person.id)
    assert services.registrations.for_member(person.id) == []
