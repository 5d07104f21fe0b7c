"""Hypothesis against the command line: whatever the arguments, one clear line or success.

Each example is one sub-command with arguments drawn from its real options, wrong options and
odd values (paths into the data folder, devices, folders, names too long, numbers that are no
numbers, text that is no date). It must end in an exit code, never a traceback; say at most one
error line; and a refused command must leave the data folder as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_desktop.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1000"))
COMMANDS = [
    "list-groups",
    "check",
    "backup",
    "restore",
    "export-csv",
    "export-ics",
    "export-summary",
    "export-certificates",
    "export-attendance-list",
    "export-minutes",
    "export-method-cards",
    "export-case-prep",
    "export-all",
    "demo",
]
OPTIONS = [
    "--group", "--year", "--out", "--lang", "--meeting", "--date", "--from", "--apart",
    "--no-topics", "--points-per-hour", "--certificates", "--size", "--passphrase-stdin",
    "--bogus", "-x", "--", "--out=", "--paper", "--method",
]  # fmt: skip
WORDS = [
    "1", "2", "0", "-1", "99999999999999999999", "2025", "2026", "1899", "nl", "en", "fr",
    "nan", "inf", "1e308", "1,5", "2025-02-30", "2025-06-01", "AIOS", "Balintgroep Amersfoort",
    "small", "large", "%", "'; DROP TABLE member; --", "\u0000", "\ud800", "\n", " ",
]  # fmt: skip


class Places:
    """The paths an example may name; filled in once per test."""

    data: Path
    out: Path
    paths: list[str]


PLACES = Places()


def place_names(data: Path, out: Path, device: Path | None) -> list[str]:
    names = [
        data, data / "intervisie.sqlite3", data / "intervisie.sqlite3-wal", data / "backups",
        data / "backups" / "x.pdf", data / "intervisie.lock", out, out / "a.pdf", out / "b.csv",
        out / "c.ics", out / "e.txt", out / "kopie.sqlite3", out / "map" / "d.pdf", out / "nieuw",
        out / ("x" * 300), out / ("deel/" * 900), "/proc/version", "/etc/fuzz-export",
        "/proc/self/fd/1", "~", "", "relatief.pdf",
    ]  # fmt: skip
    if device is not None:
        names.append(device)
    return [str(n) for n in names]


token = st.one_of(
    st.sampled_from(OPTIONS),
    st.sampled_from(WORDS),
    st.integers(min_value=-5, max_value=3000).map(str),
    st.text(max_size=12),
    st.deferred(lambda: st.sampled_from(PLACES.paths)),
)
#: Each command's own options, so that most examples pass the parser and reach the command.
SHAPES: dict[str, list[str]] = {
    "list-groups": [],
    "check": [],
    "backup": ["--out"],
    "restore": ["FILE"],
    "export-csv": ["--group", "--year", "--out", "--lang"],
    "export-ics": ["--group", "--from", "--out", "--lang"],
    "export-summary": ["--group", "--year", "--out", "--lang", "--points-per-hour"],
    "export-certificates": ["--group", "--year", "--out", "--apart", "--points-per-hour"],
    "export-attendance-list": ["--meeting", "--group", "--date", "--out", "--lang"],
    "export-minutes": ["--meeting", "--out", "--lang"],
    "export-method-cards": ["--group", "--out", "--paper", "--lang"],
    "export-case-prep": ["--method", "--group", "--out", "--paper", "--lang"],
    "export-all": ["--out", "--no-topics", "--certificates", "--lang"],
    "demo": ["--size"],
}
FLAGS = {"--apart", "--no-topics", "--certificates"}
GOOD = {
    "--group": ["1", "2", "AIOS Huisartsgeneeskunde / groep 3"],
    "--year": ["2025", "2026"],
    "--lang": ["nl", "en"],
    "--meeting": ["1", "3"],
    "--date": ["2025-06-01"],
    "--from": ["2025-01-01"],
    "--points-per-hour": ["1", "0,5", "2.5"],
    "--size": ["small"],
    "--paper": ["a4", "a5"],
    "--method": ["incident", "gossip", "block.opening"],
}


@st.composite
def shaped(draw: st.DrawFn) -> tuple[str, list[str], bool]:
    command = draw(st.sampled_from(COMMANDS))
    argv: list[str] = []
    for option in SHAPES[command]:
        if not draw(st.booleans()) and option not in {"--out", "--group", "FILE"}:
            continue
        good = GOOD.get(option, [])
        if option == "FILE" or option == "--out":
            value = draw(st.sampled_from(PLACES.paths))
        else:
            value = draw(st.one_of(st.sampled_from(good or WORDS), st.sampled_from(WORDS)))
        argv += [option] if option in FLAGS else ([value] if option == "FILE" else [option, value])
    return command, argv, draw(st.booleans())


argv_strategy = st.one_of(
    shaped(),
    shaped(),
    st.tuples(st.sampled_from(COMMANDS), st.lists(token, max_size=8), st.booleans()),
)


SIDECARS = {"intervisie.sqlite3-wal", "intervisie.sqlite3-shm"}


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file's bytes, except SQLite's write-ahead log and its index: whether those exist
    depends on which connections happen to be open (in this one process, on when the garbage
    collector closes them). The data they hold is fingerprinted as read, on a copy."""
    found = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in {"intervisie.lock", "intervisie.attempts", *SIDECARS}
    }
    database = folder / "intervisie.sqlite3"
    if database.is_file():
        found["data as read"] = data_digest(database)
    return found


def data_digest(database: Path) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / database.name
        shutil.copy(database, copy)
        wal = database.with_name(database.name + "-wal")
        if wal.is_file():
            shutil.copy(wal, copy.with_name(copy.name + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            digest = hashlib.sha256()
            for line in conn.iterdump():
                digest.update(line.encode())
            return digest.hexdigest()
        except sqlite3.DatabaseError:  # not a database (any more): its bytes say enough
            return hashlib.sha256(database.read_bytes()).hexdigest()
        finally:
            conn.close()


@contextlib.contextmanager
def captured(stdin: str) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        yield out, err
    finally:
        sys.stdin, sys.stdout, sys.stderr = old


@pytest.fixture(scope="module")
def fuzz_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("cli-fuzz")
    data = root / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    (root / "uit").mkdir()
    device = root / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        device = None  # type: ignore[assignment]
    PLACES.data, PLACES.out = data, root / "uit"
    PLACES.paths = place_names(data, root / "uit", device)
    return root


@pytest.mark.slow
# A thousand command lines over twenty sub-commands, many writing a PDF: about 100 s alone on
# two cores, more on a loaded machine, past the suite's 120 s limit per test.
@pytest.mark.timeout(480)
def test_the_command_line_never_shows_a_traceback(
    fuzz_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Relative names and "~" land in folders of the test's own, not the checkout or home.
    home = fuzz_folders / "thuis"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(fuzz_folders / "uit")
    counts = {"examples": 0, "refused": 0, "succeeded": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(argv_strategy)
    def one(example: tuple[str, list[str], bool]) -> None:
        command, rest, with_folder = example
        argv = [command, *rest]
        if with_folder:
            argv += ["--data-dir", str(PLACES.data)]
        before = fingerprint(PLACES.data)
        with captured("geen wachtzin\n") as (_out, err):
            try:
                code = main(argv)
            except SystemExit as stop:  # argparse: usage, then one error line
                code = stop.code if isinstance(stop.code, int) else 2
        text = err.getvalue()
        counts["examples"] += 1
        assert "Traceback" not in text, (argv, text)
        assert sum("error" in line for line in text.splitlines()) <= 1, (argv, text)
        if code != 0:
            counts["refused"] += 1
            assert fingerprint(PLACES.data) == before, (argv, text)
        else:
            counts["succeeded"] += 1
        if (code == 0 and command == "restore") or not (
            PLACES.data / "intervisie.sqlite3"
        ).exists():
            shutil.rmtree(PLACES.data)  # a restore that worked: start again from the demo
            assert main(["demo", "--data-dir", str(PLACES.data)]) == 0
        assert stat.S_ISREG(os.stat(PLACES.data / "intervisie.sqlite3").st_mode)

    one()
    print(f"\ncommand-line fuzz: {counts}")
    assert counts["examples"] == EXAMPLES
    assert counts["refused"] > 0 and counts["succeeded"] > 0
