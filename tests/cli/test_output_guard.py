"""No command writes over the data: every --out goes through one check, then an atomic write."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main

if TYPE_CHECKING:
    from pathlib import Path

EXPORTS = [
    ["export-csv", "--group", "1"],
    ["export-summary", "--group", "1", "--year", "2025"],
    ["export-ics", "--group", "1"],
    ["export-attendance-list", "--meeting", "1"],
    ["export-certificates", "--group", "1", "--year", "2025"],
    ["export-minutes", "--meeting", "1"],
    ["export-method-cards", "--group", "1"],
    ["export-case-prep", "--method", "incident"],
    ["backup"],
]


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "intervisie.attempts"
    }


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: c[0])
@pytest.mark.parametrize(
    "target", ["intervisie.sqlite3", "intervisie.sqlite3-wal", "backups/kopie.pdf", "x.csv"]
)
def test_no_export_writes_into_the_data_folder(
    demo: Path, command: list[str], target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo / "backups").mkdir(exist_ok=True)
    before = fingerprint(demo)
    code = main([*command, "--data-dir", str(demo), "--out", str(demo / target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "data folder" in err and len(err.splitlines()) == 1
    assert fingerprint(demo) == before


@pytest.fixture
def devices(tmp_path: Path) -> list[Path]:
    """A null device and a pipe of the test's own: a failing check must not break the machine."""
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs the superuser")
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    return [null, fifo]


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: c[0])
def test_devices_are_never_replaced(
    demo: Path, devices: list[Path], command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for device in devices:
        code = main([*command, "--data-dir", str(demo), "--out", str(device)])
        assert code == 2, device
    assert stat.S_ISCHR(devices[0].stat().st_mode) and stat.S_ISFIFO(devices[1].stat().st_mode)
    assert capsys.readouterr().err.count("not an ordinary file") == 2


def test_certificates_apart_not_into_the_root(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = set(os.listdir("/"))
    args = ["export-certificates", "--group", "1", "--year", "2025", "--apart"]
    assert main([*args, "--data-dir", str(demo), "--out", "/"]) == 2
    assert main(["export-all", "--data-dir", str(demo), "--out", "/"]) == 2
    assert main([*args, "--data-dir", str(demo), "--out", str(demo / "certificaten")]) == 2
    assert set(os.listdir("/")) == before
    assert "system folder" in capsys.readouterr().err


def test_the_default_data_folder_is_guarded_while_another_is_used(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "andere"
    shutil.copytree(demo, other)
    monkeypatch.setenv("INTERVISIE_DATA_DIR", str(other))
    before = fingerprint(other)
    args = ["export-csv", "--group", "1", "--data-dir", str(demo)]
    assert main([*args, "--out", str(other / "intervisie.sqlite3")]) == 2
    assert fingerprint(other) == before


def test_exports_are_private_and_replace_a_file_in_one_step(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    old = out / "lijst.csv"
    old.write_text("oud")
    os.chmod(old, 0o644)
    assert main(["export-csv", "--group", "1", "--data-dir", str(demo), "--out", str(old)]) == 0
    assert old.read_text(encoding="utf-8-sig").count("\n") > 2
    for command, name in [
        (["export-summary", "--group", "1", "--year", "2025"], "samenvatting.pdf"),
        (["export-ics", "--group", "1"], "agenda.ics"),
        (["export-attendance-list", "--meeting", "1"], "presentie.pdf"),
        (["backup"], "kopie.sqlite3"),
    ]:
        assert main([*command, "--data-dir", str(demo), "--out", str(out / name)]) == 0, name
    args = ["export-certificates", "--group", "1", "--year", "2025", "--apart"]
    assert main([*args, "--data-dir", str(demo), "--out", str(out / "cert")]) == 0
    assert main(["export-all", "--data-dir", str(demo), "--out", str(out / "alles")]) == 0
    capsys.readouterr()
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) >= 8
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {"0o600"}
    assert not [p for p in out.rglob("*.part")]
    folders = [p for p in out.rglob("*") if p.is_dir()]
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {"0o700"}


def test_a_calendar_export_does_not_write_into_the_database(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(demo)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["export-ics", "--group", "1", "--data-dir", str(demo), "--out", str(first)]) == 0
    assert main(["export-ics", "--group", "1", "--data-dir", str(demo), "--out", str(second)]) == 0
    assert fingerprint(demo) == before
    uids = [line for line in first.read_text().splitlines() if line.startswith("UID:")]
    assert uids and uids == [
        line for line in second.read_text().splitlines() if line.startswith("UID:")
    ]
    assert len(set(uids)) == len(uids)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e308", "0", "-1", "11"])
def test_points_per_hour_must_be_a_sensible_number(
    demo: Path, tmp_path: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.pdf"
    args = ["export-summary", "--group", "1", "--year", "2025", "--points-per-hour", value]
    with pytest.raises(SystemExit) as stopped:
        main([*args, "--data-dir", str(demo), "--out", str(out)])
    assert stopped.value.code == 2
    assert "--points-per-hour" in capsys.readouterr().err
    assert not out.exists()


def test_restore_refuses_the_live_database_itself(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(demo)
    link = demo.parent / "link.sqlite3"
    link.symlink_to(demo / "intervisie.sqlite3")
    for source in (demo / "intervisie.sqlite3", link):
        assert main(["restore", str(source), "--data-dir", str(demo)]) == 2
    assert "the database itself" in capsys.readouterr().err
    assert fingerprint(demo) == before
    assert not list(demo.glob("intervisie-before-restore-*"))
