"""The shipped method files: every one loads, is complete in both languages and plausible in time;
a broken file is refused with an error that names the file and the field."""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.errors import NotFoundError
from intervisie_desktop.core.methods.catalogue import (
    Catalogue,
    MethodFileError,
    load_catalogue,
    load_method_file,
)
from intervisie_desktop.core.methods.model import MethodKind, SpeakerMode
from intervisie_desktop.core.methods.schema import planned_total
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

METHODS_DIR = methods_dir()
SHIPPED = sorted(METHODS_DIR.glob("*.toml"))

REQUIRED_KEYS = {
    "block.opening",
    "block.follow_up",
    "block.inventory",
    "block.evaluation",
    "block.closing",
    "incident",
    "balint_group",
    "balint_11",
    "gossip",
    "five_steps",
    "ten_steps",
    "problem_solving",
    "socratic",
    "quality_game",
    "core_quadrants",
    "dilemma",
    "leary_rose",
}
UNSOURCED = {"leary_rose", "ret", "u_procedure"}
GROUP = 6  # a typical group: the case bringer and five others


def sentences(text: str) -> int:
    return len(re.findall(r"[.?!:;](\s|$)", text))


def test_all_required_keys_are_shipped() -> None:
    keys = {path.stem for path in SHIPPED}
    assert keys >= REQUIRED_KEYS
    assert len(keys - {k for k in keys if k.startswith("block.")}) >= 12


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_file_is_complete_in_both_languages(path: Path) -> None:
    method = load_method_file(path)
    assert method.key == path.stem
    assert method.builtin
    assert method.source.strip()
    for text in (method.name, method.summary, method.when_to_use):
        assert text.nl.strip() and text.en.strip()
        assert text.nl != text.en or len(text.nl) < 20  # translated, not copied over
    assert method.phases
    for phase in method.phases:
        for text in (phase.name, phase.instruction, phase.script):
            assert text.nl.strip() and text.en.strip()
        # the instruction fits a projector line or two; the script is several sentences
        assert len(phase.instruction.nl) <= 170 and len(phase.instruction.en) <= 170
        assert sentences(phase.script.nl) >= 2 and sentences(phase.script.en) >= 2
        length = phase.minutes_per_speaker or phase.minutes
        assert phase.warning_minutes is None or 0 <= phase.warning_minutes < length


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_planned_lengths_are_realistic(path: Path) -> None:
    method = load_method_file(path)
    total = planned_total(method, GROUP)
    if method.kind is MethodKind.BLOCK:
        assert method.key.startswith("block.")
        assert 5 <= total <= 15
    elif method.key == "ten_steps":  # the source gives 2 to 2.5 hours per case
        assert 100 <= total <= 150
    else:
        assert 45 <= total <= 90, total


def test_unsourced_methods_say_so() -> None:
    catalogue = load_catalogue(METHODS_DIR)
    for method in catalogue:
        assert method.unsourced == (method.key in UNSOURCED), method.key
        if method.unsourced:
            assert "unsourced" in method.source.lower() or "geen" in method.source.lower()


def test_method_specific_rules_are_in_the_data() -> None:
    catalogue = load_catalogue(METHODS_DIR)
    gossip = catalogue.get("gossip")
    away = [p for p in gossip.phases if p.case_bringer_away]
    assert len(away) == 1 and away[0].case_bringer_silent
    incident = catalogue.get("incident")
    assert incident.phases[0].speaker_mode is SpeakerMode.CASE_BRINGER
    assert incident.phases[0].minutes <= 3
    assert any(p.no_advice for p in incident.phases)
    assert any(p.write_first for p in catalogue.get("balint_11").phases)
    assert len(catalogue.get("balint_11").phases) == 11
    assert len(catalogue.get("ten_steps").phases) == 10
    assert len(catalogue.get("five_steps").phases) == 5


def test_catalogue_is_loaded_once_and_ordered() -> None:
    first = load_catalogue(METHODS_DIR)
    assert load_catalogue(METHODS_DIR.parent / "." / "methods") is first
    keys = first.keys()
    assert keys[:5] == [
        "block.opening",
        "block.follow_up",
        "block.inventory",
        "block.evaluation",
        "block.closing",
    ]
    assert [m.key for m in first.methods(MethodKind.BLOCK)] == keys[:5]
    assert "incident" in first and len(first) == len(SHIPPED)
    with pytest.raises(NotFoundError):
        first.get("no_such_method")


# -- broken files ------------------------------------------------------------------------

GOOD = textwrap.dedent(
    """\
    source = "somewhere.example"
    name.nl = "Proef"
    name.en = "Trial"
    summary.nl = "Samenvatting."
    summary.en = "Summary."
    when_to_use.nl = "Altijd."
    when_to_use.en = "Always."

    [[phases]]
    name.nl = "Ronde"
    name.en = "Round"
    speaker_mode = "round"
    minutes_per_speaker = 2
    instruction.nl = "Spreek."
    instruction.en = "Speak."
    script.nl = "Laat spreken."
    script.en = "Let them speak."

    [[phases]]
    name.nl = "Open"
    name.en = "Open"
    speaker_mode = "open"
    minutes = 10
    instruction.nl = "Praat."
    instruction.en = "Talk."
    script.nl = "Laat praten."
    script.en = "Let them talk."
    """
)


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    method = load_method_file(write(tmp_path, "trial.toml", GOOD))
    assert method.key == "trial" and len(method.phases) == 2
    assert method.phases[0].minutes_per_speaker == 2.0
    assert method.phases[0].warning_minutes is None  # the program-wide default applies
    assert planned_total(method, 4) == 18.0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: s.replace('name.en = "Trial"\n', ""), "name.en"),
        (lambda s: s.replace('summary.nl = "Samenvatting."', 'summary.nl = ""'), "summary.nl"),
        (lambda s: s.replace('source = "somewhere.example"\n', ""), "source"),
        (lambda s: s.replace("minutes = 10", "minutes = -5"), "phases[1].minutes"),
        (lambda s: s.replace("minutes = 10", 'minutes = "ten"'), "phases[1].minutes"),
        (lambda s: s.replace("minutes = 10\n", ""), "phases[1].minutes"),
        (
            lambda s: s.replace('speaker_mode = "open"', 'speaker_mode = "shouting"'),
            "phases[1].speaker_mode",
        ),
        (
            lambda s: s.replace('speaker_mode = "round"', 'speaker_mode = "open"'),
            "phases[0].minutes_per_speaker",
        ),
        (
            lambda s: s.replace("minutes = 10", "minutes = 10\nwarning_minutes = 10"),
            "phases[1].warning_minutes",
        ),
        (
            lambda s: s.replace("minutes = 10", "minutes = 10\nno_advice = 1"),
            "phases[1].no_advice",
        ),
        (lambda s: s.replace("minutes = 10", "minutes = 10\ncolour = 1"), "phases[1].colour"),
        (lambda s: s.replace('script.en = "Let them talk."', ""), "phases[1].script.en"),
        (lambda s: 'kind = "block"\n' + s, "kind"),
        (lambda s: s.split("[[phases]]")[0], "phases"),
        (lambda s: s.replace('name.nl = "Proef"', 'name.nl = "Proef"\nname.de = "x"'), "name.de"),
    ],
)
def test_a_broken_file_names_file_and_field(
    tmp_path: Path, change: Callable[[str], str], field: str
) -> None:
    path = write(tmp_path, "trial.toml", change(GOOD))
    with pytest.raises(MethodFileError) as caught:
        load_method_file(path)
    assert caught.value.file == "trial.toml"
    assert caught.value.field == field
    assert "trial.toml" in str(caught.value) and field in str(caught.value)


def test_case_bringer_cannot_be_silent_while_speaking(tmp_path: Path) -> None:
    body = GOOD.replace('speaker_mode = "open"', 'speaker_mode = "case_bringer"').replace(
        "minutes = 10", "minutes = 10\ncase_bringer_away = true"
    )
    with pytest.raises(MethodFileError) as caught:
        load_method_file(write(tmp_path, "trial.toml", body))
    assert caught.value.field == "phases[1].case_bringer_away"
    assert caught.value.cause is not None


def test_syntax_errors_and_bad_names_are_reported(tmp_path: Path) -> None:
    with pytest.raises(MethodFileError) as caught:
        load_method_file(write(tmp_path, "broken.toml", GOOD + "\n[[phases]\n"))
    assert caught.value.file == "broken.toml" and "TOML" in str(caught.value)
    with pytest.raises(MethodFileError) as caught:
        load_method_file(write(tmp_path, "Bad Name.toml", GOOD))
    assert caught.value.file == "Bad Name.toml"
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Proef", "Pr\u00f6ef").encode("latin-1"))
    with pytest.raises(MethodFileError):
        load_method_file(path)


def test_a_folder_with_one_bad_file_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "good.toml", GOOD)
    write(tmp_path, "bad.toml", GOOD.replace("minutes = 10", "minutes = 0"))
    with pytest.raises(MethodFileError) as caught:
        Catalogue(tmp_path)
    assert caught.value.file == "bad.toml" and caught.value.field == "phases[1].minutes"
