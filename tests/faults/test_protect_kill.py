"""SIGKILL while protection is switched on or off: at the next start no plain copy remains.

A data folder is prepared as a user leaves it: a database with a confidential marker in a case
description and in a note, backups, a restore done (so a plain `intervisie-before-restore-*`
copy lies beside the database), a damaged kept-aside copy and the leftovers of a backup and a
restore that were cut off. A child process switches protection on (or off) and is killed at a
random moment. Then the next start's recovery runs, and every file in the data folder is
searched for the marker bytes: none may be found when protection ended up on; when it ended
up off the database must open without a passphrase. Either way all data must be there.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.backup.interrupted import finish_interrupted_swap
from intervisie_desktop.core.backup.restore import restore_file
from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.db.engine import quote_passphrase
from intervisie_desktop.core.instance import InstanceLock
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.models import Case, Meeting
from intervisie_desktop.core.security.detect import is_encrypted
from intervisie_desktop.core.security.plaintext import Settled, settle_plaintext
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir

CHILD = Path(__file__).with_name("protect_child.py")
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "zeven lange woorden als wachtzin"
CASE_MARK = b"ZEBRA-CASUS-GEHEIM-7731"
NOTE_MARK = b"ZEBRA-NOTITIE-GEHEIM-4410"
TRIALS = 20  # kills per direction
PARALLEL = 2
WINDOW = 1.3  # times the uninterrupted switch
NOTES = 80


def plant(folder: Path) -> None:
    """The database and its copies as a user who restored a backup leaves them."""
    folder.mkdir(parents=True)
    path, backups = folder / DATABASE_NAME, backup_dir(folder)
    db = open_database(path, backup_dir=backups)
    services = Services(db, methods_dir())
    group = services.groups.create(name="Balintgroep").value
    assert group.id is not None
    with db.session() as session:
        meeting = Meeting(
            group_id=group.id,
            date=date(2025, 2, 1),
            planned_start=clock_time(9),
            planned_end=clock_time(11),
        )
        session.add(meeting)
        session.commit()
        session.add(
            Case(
                meeting_id=meeting.id or 0,
                topic="Grenzen",
                description="Vertrouwelijk: " + CASE_MARK.decode(),
            )
        )
        session.commit()
    services.notes.create(title="Geheim", body="Over de casus: " + NOTE_MARK.decode())
    rng = random.Random(7)
    for i in range(NOTES):
        body = "".join(rng.choice("abcdefghij klmnop") for _ in range(4000))
        services.notes.create(title=f"Notitie {i}", body=body)
    first = BackupService(db, clock=lambda: datetime(2025, 3, 1, 9, 0)).write("manual")
    BackupService(db, clock=lambda: datetime(2025, 3, 2, 9, 0)).write("manual")
    db.close()
    assert restore_file(path, first.path, None) is not None  # intervisie-before-restore-*
    damaged = folder / "intervisie-damaged-2025-01-01_000000.sqlite3"
    shutil.copyfile(path, damaged)
    with open(damaged, "r+b") as fh:  # some pages of the tree overwritten
        fh.seek(4096 * 40)
        fh.write(b"\xa5" * 4096 * 4)
    shutil.copyfile(first.path, folder / f".{DATABASE_NAME}.restoring")
    shutil.copyfile(path, backups / "intervisie-2025-03-03_090000-manual.sqlite3.part")


def marker_bytes(folder: Path) -> dict[str, int]:
    """Bytes of either marker in every file of the folder, by file name."""
    found: dict[str, int] = {}
    for file in sorted(folder.rglob("*")):
        if not file.is_file():
            continue
        data = file.read_bytes()
        count = data.count(CASE_MARK) * len(CASE_MARK) + data.count(NOTE_MARK) * len(NOTE_MARK)
        if count:
            found[str(file.relative_to(folder))] = count
    return found


def plain_sqlite(folder: Path) -> list[str]:
    """Files of the folder that start with the plain SQLite header (readable by anyone)."""
    return sorted(
        str(file.relative_to(folder))
        for file in folder.rglob("*")
        if file.is_file() and file.read_bytes()[:16] == b"SQLite format 3\x00"
    )


def data_complete(path: Path, passphrase: str | None) -> None:
    """The full check passes and both markers and every note are readable with `passphrase`."""
    assert check_database(path, passphrase, full=True).ok
    conn = sqlcipher.connect(str(path))
    try:
        if passphrase:
            conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        case = conn.execute('SELECT description FROM "case"').fetchone()[0]
        assert CASE_MARK.decode() in case
        bodies = [r[0] for r in conn.execute("SELECT body FROM note")]
        assert len(bodies) == NOTES + 1
        assert any(NOTE_MARK.decode() in b for b in bodies)
    finally:
        conn.close()


def next_start(folder: Path) -> tuple[bool, Settled]:
    """What the program does at start before it opens the database, as far as files go."""
    path = folder / DATABASE_NAME
    finish_interrupted_swap(path)
    protected = is_encrypted(path)
    with InstanceLock(folder) as lock:
        assert lock.acquire()
        settled = settle_plaintext(path, backup_dir(folder), PASSPHRASE if protected else None)
    return protected, settled


def start_child(folder: Path, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), mode, PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "GO":
        child.kill()
        raise AssertionError(f"child did not start: {line!r} {child.stderr.read()[-2000:]}")
    return child


@dataclass
class Trial:
    delay: float
    finished: bool  # the child returned before the kill
    took: float  # how long the switch took when it finished
    protected: bool
    found: dict[str, int]
    plain: list[str]  # files starting with the plain SQLite header
    settled: Settled


def run_trial(template: Path, folder: Path, mode: str, delay: float | None) -> Trial:
    shutil.copytree(template, folder)
    child = start_child(folder, mode)
    started = time.monotonic()
    if delay is None:
        child.wait(timeout=120)
    else:
        time.sleep(max(0.0, delay - (time.monotonic() - started)))
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    finished = "DONE" in out
    took = float(out.split("DONE")[1].split()[0]) if finished else 0.0
    if delay is None:
        delay = took
    assert finished or child.returncode == -signal.SIGKILL, err[-2000:]
    protected, settled = next_start(folder)
    found = marker_bytes(folder)
    plain = plain_sqlite(folder)
    data_complete(folder / DATABASE_NAME, PASSPHRASE if protected else None)
    return Trial(delay, finished, took, protected, found, plain, settled)


@pytest.fixture(scope="module")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("protect") / "plain"
    plant(folder)
    return folder


@pytest.fixture(scope="module")
def protected_template(plain_template: Path) -> Path:
    folder = plain_template.with_name("protected")
    shutil.copytree(plain_template, folder)
    db = open_database(folder / DATABASE_NAME, backup_dir=backup_dir(folder))
    try:
        Services(db, methods_dir()).protection.protect(PASSPHRASE)
    finally:
        db.close()
    return folder


def test_protect_after_restore_leaves_no_plain_copy(protected_template: Path) -> None:
    """ "Your data is now encrypted" is true: no kept-aside copy or leftover stays plain."""
    assert marker_bytes(protected_template) == {}
    assert plain_sqlite(protected_template) == []
    assert not list(protected_template.glob("*.sqlite3.*"))
    assert not list(protected_template.glob(".*.restoring"))
    assert not list(backup_dir(protected_template).glob("*.part"))
    data_complete(protected_template / DATABASE_NAME, PASSPHRASE)


def kill_trials(template: Path, where: Path, mode: str, seed: int) -> list[Trial]:
    """Kills at random moments of the switch, two at a time, until TRIALS kills. The window
    follows the switches that finished (the first one uninterrupted; later ones when the kill
    came too late): WINDOW times their median duration, as the machine's load changes."""
    trials = [run_trial(template, where / "full", mode, None)]
    durations = [trials[0].delay]
    rng = random.Random(seed)
    with ThreadPoolExecutor(PARALLEL) as pool:
        while sum(not t.finished for t in trials) < TRIALS and len(trials) < 3 * TRIALS:
            window = statistics.median(durations) * WINDOW
            batch = [(len(trials) + i, rng.uniform(0.0, window)) for i in range(PARALLEL)]
            done = list(
                pool.map(lambda job: run_trial(template, where / f"t{job[0]}", mode, job[1]), batch)
            )
            durations += [t.took for t in done if t.finished]
            trials += done
    return trials


def summary(mode: str, trials: list[Trial]) -> dict[str, object]:
    outcomes = Counter(
        ("finished" if t.finished else "killed")
        + (", on" if t.protected else ", off")
        + (", protect undone" if t.settled.protect_undone else "")
        + (", unprotect undone" if t.settled.unprotect_undone else "")
        + (", protect finished at start" if t.settled.protect_finished else "")
        for t in trials
    )
    return {
        "mode": mode,
        "trials": len(trials),
        "killed": sum(not t.finished for t in trials),
        "outcomes": dict(outcomes),
        "plain bytes found with protection on": sum(
            sum(t.found.values()) for t in trials if t.protected
        ),
        "plain SQLite files with protection on": sum(len(t.plain) for t in trials if t.protected),
        "plain copies encrypted at start": sum(len(t.settled.encrypted) for t in trials),
        "plain copies wiped at start": sum(len(t.settled.wiped) for t in trials),
        "leftovers removed at start": sum(len(t.settled.leftovers) for t in trials),
        "median switch seconds": round(statistics.median(t.took for t in trials if t.finished), 2),
    }


@pytest.mark.slow
# Forty child processes, each importing the data layer: about 60 s alone, twice that on a
# loaded two-core machine, which the suite's 120 s limit per test would cut off.
@pytest.mark.timeout(360)
@pytest.mark.parametrize("mode", ["protect", "unprotect"])
def test_kill_during_switch_leaves_no_plaintext(
    mode: str, plain_template: Path, protected_template: Path, tmp_path: Path
) -> None:
    template = plain_template if mode == "protect" else protected_template
    trials = kill_trials(template, tmp_path, mode, seed=20251204 + len(mode))
    for t in trials:
        if t.protected:
            assert t.found == {}, f"plain data after a kill at {t.delay:.3f}s: {t.found}"
            assert t.plain == [], f"plain database after a kill at {t.delay:.3f}s: {t.plain}"
    figures = summary(mode, trials)
    assert figures["killed"] >= 20
    (tmp_path.parent / f"protect-kill-{mode}.json").write_text(json.dumps(figures, indent=1))
    print(json.dumps(figures))
