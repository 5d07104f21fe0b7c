"""A file the program closed after finding it sound is checked behind the first screen; any
other file before it. The record is only ever a reason to check later, never not to check."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from intervisie_desktop.core.checked import (
    forget,
    record_path,
    remember_sound,
    unchanged_since_sound,
)
from intervisie_desktop.core.early_check import EarlyCheck
from intervisie_desktop.core.integrity import Problem

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.services import Services

PAGE = 4096


def fill(services: Services, notes: int = 120) -> None:
    group = services.groups.create(name="Balintgroep Zwolle").value
    for i in range(notes):
        services.notes.create(body=f"Aantekening {i} " + "over de casus " * 40, group_id=group.id)


def damage_in_place(path: Path, page: int) -> None:
    """Rubbish over one page, the file's identity, size and times kept (a silent disk fault)."""
    info = os.stat(path)
    with open(path, "r+b") as handle:
        handle.seek(page * PAGE)
        handle.write(b"\xa5" * PAGE)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def test_a_file_closed_sound_and_untouched_is_checked_behind(
    services: Services, db: Database
) -> None:
    fill(services)
    db.close()
    assert not unchanged_since_sound(db.path)  # nothing recorded yet: checked first
    assert EarlyCheck(db.path).behind is False
    assert remember_sound(db.path)
    assert oct(record_path(db.path).stat().st_mode & 0o777) == "0o600"
    assert "Balintgroep" not in record_path(db.path).read_text()  # numbers, no data
    early = EarlyCheck(db.path)
    assert early.behind is True
    assert early.health().ok and early.full_health().ok
    # The whole check read a snapshot (which may leave an empty WAL beside the file): the
    # light outcome still answers for the file, so the start does not check it all again.
    answer = early.health_for(None)
    assert answer is not None and answer.ok


def test_silent_damage_is_found_by_the_check_behind(services: Services, db: Database) -> None:
    fill(services)
    db.close()
    remember_sound(db.path)
    pages = db.path.stat().st_size // PAGE
    damage_in_place(db.path, pages - 2)
    assert unchanged_since_sound(db.path)  # the record cannot see it ...
    early = EarlyCheck(db.path)
    assert early.behind and early.health().ok  # ... the light check before the screen neither
    assert early.full_health().problem is Problem.DAMAGED  # the whole check behind it does


def test_any_write_since_the_record_means_checking_first(services: Services, db: Database) -> None:
    db.close()
    remember_sound(db.path)
    assert unchanged_since_sound(db.path)
    from intervisie_desktop.core.db.database import open_database
    from intervisie_desktop.core.services import Services as Again
    from intervisie_desktop.paths import methods_dir

    again = Again(open_database(db.path), methods_dir())
    again.groups.create(name="Na het afsluiten")
    assert not unchanged_since_sound(db.path)  # written (its WAL holds it): a kill now ...
    again.close()
    assert not unchanged_since_sound(db.path)  # ... or a clean close without a new record
    assert EarlyCheck(db.path).behind is False


def test_a_replaced_file_or_a_broken_record_means_checking_first(
    db: Database, tmp_path: Path
) -> None:
    db.close()
    remember_sound(db.path)
    copy = tmp_path / "copy"
    copy.write_bytes(db.path.read_bytes())
    os.replace(copy, db.path)  # a restore, a copy back: another file with the same bytes
    assert not unchanged_since_sound(db.path)
    remember_sound(db.path)
    record_path(db.path).write_text("{not json")
    assert not unchanged_since_sound(db.path)
    remember_sound(db.path)
    forget(db.path)
    assert not record_path(db.path).exists() and not unchanged_since_sound(db.path)


def test_a_light_check_still_refuses_what_it_can_see(db: Database) -> None:
    """Before the screen even a recorded file is read for its header, schema and tables."""
    db.close()
    remember_sound(db.path)
    info = os.stat(db.path)
    with open(db.path, "r+b") as handle:
        handle.write(b"Dit is geen database!")  # the header itself
    os.utime(db.path, ns=(info.st_atime_ns, info.st_mtime_ns))
    early = EarlyCheck(db.path)
    assert early.behind and not early.health().ok
