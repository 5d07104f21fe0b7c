"""Search and unlock on the large demo dataset (>= 20,000 notes).

Targets (issue 6): search p95 <= 20 ms including snippets over realistic queries; unlocking an
encrypted large database <= 1 s. Baselines from the same run: an unranked LIKE scan for the same
words without snippets, and opening the plain copy of the same database.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks.common import Result, format_table, median, percentile, timed_ms
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.security import encrypt_file, verify_passphrase
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

DATABASE = "intervisie.sqlite3"
PASSPHRASE = "benchmark wachtzin voor de test"
QUERIES = [
    "groep",
    "vragenronde",
    "structuur",
    "grenzen",
    "slecht nieuws",
    "verwijzing",
    "stille deelnemers",
    "tijd",
    "agressie",
    "praktijkopleider",
    "coordinatie",
    "evaluatie",
    "veiligheid",
    "vijfstappenmethode",
    "adviesronde",
    "ouder",
    "huisarts",
    "anna",
    "check-in",
    "moe",
]
REPEAT = 10


def _like_baseline(services: Services, word: str) -> None:
    pattern = f"%{word.split()[0]}%"
    with services.db.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT id FROM note WHERE title LIKE :p OR body LIKE :p "
                'UNION ALL SELECT id FROM "case" WHERE topic LIKE :p OR description LIKE :p '
                "OR question LIKE :p OR outcome LIKE :p LIMIT 50"
            ),
            {"p": pattern},
        ).all()


def count_notes(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM note")).scalar_one())


def time_queries(services: Services, like: bool = True) -> tuple[list[float], list[float], int]:
    """Milliseconds of every query of QUERIES, REPEAT times each (and of the LIKE baseline when
    `like`), and the hits shown over all queries."""
    search: list[float] = []
    scan: list[float] = []
    hits = 0
    for query in QUERIES:
        search += timed_ms(lambda q=query: services.search.query(q, 50), REPEAT)
        if like:
            scan += timed_ms(lambda q=query: _like_baseline(services, q), REPEAT)
        hits += len(services.search.query(query, 50))
    return search, scan, hits


def _unlock(path: Path, passphrase: str | None) -> None:
    """What the program does at start: check the passphrase, open, read the groups."""
    if passphrase is not None:
        assert verify_passphrase(path, passphrase)
    db = open_database(path, passphrase=passphrase, create=False)
    try:
        Services(db, methods_dir()).groups.list()
    finally:
        db.close()


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        plain_dir = folder / "plain"
        started = time.perf_counter()
        path = write_demo(plain_dir, DATABASE, "large", methods_dir=methods_dir())
        write_s = time.perf_counter() - started
        services = Services(open_database(path, create=False), methods_dir())
        notes = count_notes(services)
        assert notes >= 20_000, notes
        search, like, hits = time_queries(services)
        services.close()

        enc_dir = folder / "encrypted"
        enc_dir.mkdir()
        enc_path = enc_dir / DATABASE
        shutil.copy(path, enc_path)
        encrypt_file(enc_path, PASSPHRASE, enc_dir / "backups")
        unlock = timed_ms(lambda: _unlock(enc_path, PASSPHRASE), 5, warmup=1)
        plain_open = timed_ms(lambda: _unlock(path, None), 5, warmup=1)
        p95 = percentile(search, 95)
        return [
            Result(
                f"search p95 incl. snippets ({len(QUERIES)} queries x {REPEAT}, "
                f"{notes} notes, {hits} hits shown)",
                p95,
                "ms",
                "<= 20 ms",
                p95 <= 20,
                "LIKE scan, first 50 rows, no rank/snippet (p95)",
                percentile(like, 95),
            ),
            Result(
                "search median",
                median(search),
                "ms",
                "-",
                True,
                "LIKE scan (median)",
                median(like),
            ),
            Result(
                "unlock encrypted large DB (check + open + first read, median)",
                median(unlock) / 1000,
                "s",
                "<= 1 s",
                max(unlock) <= 1000,
                "open the plain copy (median)",
                median(plain_open) / 1000,
            ),
            Result("write large demo (incl. index triggers)", write_s, "s", "-", True),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    print(format_table(run()))
