"""Session engine: one command including its database write, and building a snapshot.

Each figure has a baseline measured in the same run on the same machine: for a command, a bare
INSERT and COMMIT on the same database file (same connection settings); for a snapshot, copying
a ready Snapshot (the cost of the value object alone).
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from datetime import date
from datetime import time as time_of_day
from pathlib import Path

from benchmarks.common import Result, format_table, median, timed_ms
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, Text
from intervisie_desktop.core.models import SpeakerMode
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.paths import methods_dir

COMMANDS = 400
SNAPSHOTS = 5000


def _methods() -> dict[str, MethodDef]:
    def phase(name: str, mode: SpeakerMode, **kw: float) -> PhaseDef:
        return PhaseDef(Text(name, name), mode, instruction=Text(name), script=Text(name), **kw)

    return {
        "block.opening": MethodDef(
            "block.opening",
            Text("Opening"),
            (phase("Ronde", SpeakerMode.ROUND, minutes_per_speaker=2),),
            MethodKind.BLOCK,
        ),
        "incident": MethodDef(
            "incident",
            Text("Incident"),
            (
                phase("Inbreng", SpeakerMode.CASE_BRINGER, minutes=5),
                phase("Vragen", SpeakerMode.ROUND_WITHOUT_CASE_BRINGER, minutes_per_speaker=2),
                phase("Analyse", SpeakerMode.OPEN, minutes=15),
                phase("Ronde", SpeakerMode.ROUND, minutes_per_speaker=1),
            ),
        ),
    }


def _setup(folder: Path) -> tuple[Services, int]:
    methods = _methods()
    db = open_database(folder / "bench.sqlite3")
    services = Services(db, methods_dir(), resolve_method=methods.__getitem__)
    group = services.groups.create(name="Bench").value
    assert group.id is not None
    ids = []
    for k in range(8):
        member = services.members.create(full_name=f"Lid {k}", display_name=f"L{k}").value
        assert member.id is not None
        services.memberships.add(group.id, member.id, date(2025, 1, 1))
        ids.append(member.id)
    meeting = services.meetings.create(
        group_id=group.id,
        date=date(2025, 3, 10),
        planned_start=time_of_day(14),
        planned_end=time_of_day(16),
    ).value
    assert meeting.id is not None
    case = services.cases.create(
        meeting_id=meeting.id, bringer_id=ids[2], topic="T", question="V?"
    ).value
    services.plans.set(
        meeting.id, [PlanEntry("block.opening"), PlanEntry("incident", case_id=case.id)]
    )
    return services, meeting.id


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        services, meeting_id = _setup(Path(tmp))
        runner = services.sessions.open(meeting_id, time.monotonic)
        runner.start()
        runner.next()  # in the middle of a round: next and back both move a turn
        flip = [False]

        def command() -> None:
            flip[0] = not flip[0]
            if flip[0]:
                runner.next()
            else:
                runner.back()

        command_ms = median(timed_ms(command, COMMANDS))

        raw = services.db.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, t REAL)")
            raw.commit()

            def bare_insert() -> None:
                cur.execute("INSERT INTO bench_baseline (t) VALUES (?)", (time.monotonic(),))
                raw.commit()

            insert_ms = median(timed_ms(bare_insert, COMMANDS))
        finally:
            raw.close()

        snapshot_ms = median(timed_ms(runner.snapshot, SNAPSHOTS, warmup=50))
        ready = runner.snapshot()
        copy_ms = median(timed_ms(lambda: dataclasses.replace(ready), SNAPSHOTS, warmup=50))

        events = runner.state.seq
        rebuild_ms = median(
            timed_ms(lambda: services.sessions.rebuild(meeting_id, time.monotonic), 20)
        )
        services.close()
    return [
        Result(
            "session command incl. DB write (median)",
            command_ms,
            "ms",
            "<= 5 ms",
            command_ms <= 5,
            "bare SQLite INSERT+COMMIT, same file",
            insert_ms,
        ),
        Result(
            "session snapshot (median)",
            snapshot_ms,
            "ms",
            "<= 0.1 ms",
            snapshot_ms <= 0.1,
            "copying a ready Snapshot",
            copy_ms,
        ),
        Result(
            f"rebuild a run of {events} events from the DB (median)", rebuild_ms, "ms", "-", True
        ),
    ]


if __name__ == "__main__":
    print(format_table(run()))
