"""Automatic and manual backups: once a day at start, after every session, verified, pruned."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from intervisie_desktop.core.backup.store import BackupService, describe
from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_start_backup_at_most_once_a_day(db: Database, data_dir: Path) -> None:
    clock = Clock(datetime(2025, 3, 4, 8, 30))
    backups = BackupService(db, clock=clock)
    first = backups.at_start()
    assert first is not None
    assert first.path.parent == data_dir / "backups"
    assert first.path.name == "intervisie-2025-03-04_083000-start.sqlite3"
    clock.now += timedelta(hours=5)
    assert backups.at_start() is None
    clock.now += timedelta(days=1)
    assert backups.at_start() is not None
    assert len(backups.all()) == 2


def test_backup_after_session_is_a_sound_copy_with_the_data(
    services: Services, data_dir: Path
) -> None:
    services.groups.create(name="Na de sessie")
    made = services.backups.after_session()
    assert made.reason == "session" and made.size > 0
    assert check_database(made.path, full=True).ok
    copy = open_database(made.path, create=False)
    assert [g.name for g in Services(copy, methods_dir()).groups.list()] == ["Na de sessie"]
    copy.close()


def test_rotation_prunes_old_automatic_backups_only(db: Database, data_dir: Path) -> None:
    clock = Clock(datetime(2025, 1, 1, 12, 0))
    backups = BackupService(db, clock=clock)
    folder = backups.folder
    folder.mkdir()
    (folder / "before-upgrade-v1-20240101-120000.sqlite3").write_bytes(b"x")
    for _ in range(60):
        backups.write("start")
        clock.now += timedelta(days=1)
    names = [b.path.name for b in backups.rotated()]
    assert len(names) <= 7 + 4 + 12
    assert "intervisie-2025-03-01_120000-start.sqlite3" in names  # the newest
    assert (folder / "before-upgrade-v1-20240101-120000.sqlite3").exists()


def test_progress_is_reported_in_pages(db: Database, tmp_path: Path) -> None:
    Services(db, methods_dir()).notes.create(title="t", body="x" * 200_000)
    seen: list[tuple[int, int]] = []
    BackupService(db).to_file(tmp_path / "copy.sqlite3", lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 1


def test_encrypted_database_gives_encrypted_backups(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.sqlite3", passphrase="geheim")
    Services(db, methods_dir()).groups.create(name="Versleuteld")
    made = BackupService(db).after_session()
    db.close()
    assert b"Versleuteld" not in made.path.read_bytes()
    assert not check_database(made.path).ok
    assert check_database(made.path, "geheim").ok


def test_backup_names_show_the_date() -> None:
    found = describe(Path(__file__))
    assert found is None  # not a backup file
