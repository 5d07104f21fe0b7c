"""The one benchmark command finds every benchmarks/bench_*.py and refuses unknown names."""

from __future__ import annotations

import pytest

from benchmarks import run_all


def test_lists_every_benchmark_module(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_all.main(["--list"]) == 0
    listed = capsys.readouterr().out.split()
    on_disk = sorted(p.stem.removeprefix("bench_") for p in run_all.HERE.glob("bench_*.py"))
    assert listed == on_disk and "startup" in listed


def test_unknown_benchmark_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_all.main(["--only", "no_such_thing"])
    assert exit_.value.code == 2
    assert "no benchmark no_such_thing" in capsys.readouterr().err
