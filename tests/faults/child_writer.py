"""Child of the kill harness: edits and session-like writes forever, acknowledging each commit.

Run as `python child_writer.py DB SEED`. After every committed change it prints one line
`ACK <kind> <key> <value>` and flushes, so the parent knows exactly what was reported saved.
The parent kills it with SIGKILL at a random moment; what was acknowledged must survive.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlmodel import select

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import Meeting, SessionEvent, SessionRun
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir


def ack(*parts: object) -> None:
    print("ACK", *parts, flush=True)


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    services = Services(open_database(path), methods_dir())
    group = services.groups.find("Kill harness") if services.groups.list() else None
    if group is None:
        group = services.groups.create(name="Kill harness").value
    assert group.id is not None
    with services.db.session() as session:
        meeting = Meeting(
            group_id=group.id, date=date(2025, 1, 1), planned_start=time(9), planned_end=time(11)
        )
        session.add(meeting)
        session.commit()
        run = SessionRun(meeting_id=meeting.id or 0, plan_json='{"phases": 7}')
        session.add(run)
        session.commit()
        run_id = run.id
    counter = int(services.settings.get("counter", 0))
    print("READY", flush=True)
    seq = 0
    while True:
        step = rng.random()
        if step < 0.25:
            member = services.members.create(full_name=f"Lid {seed}-{rng.randrange(10**9)}").value
            ack("member", member.id, member.full_name.replace(" ", "_"))
        elif step < 0.45:
            counter += 1
            services.settings.set("counter", counter)
            ack("counter", "counter", counter)
        elif step < 0.65:
            body = "x" * rng.randrange(1, 20_000)  # some notes span several pages
            title = f"n{seed}-{rng.randrange(10**12)}"
            note = services.notes.create(title=title, body=body).value
            ack("note", note.id, f"{title}:{len(body)}")
            if rng.random() < 0.5 and note.id is not None:
                services.notes.delete(note.id)
                ack("deleted", note.id, title)
        else:  # session-like: a burst of transitions, each its own commit
            for _ in range(rng.randrange(1, 8)):
                seq += 1
                with services.db.session() as session:
                    session.add(
                        SessionEvent(
                            run_id=run_id or 0,
                            seq=seq,
                            command="next",
                            mono=seq * 0.5,
                            wall=datetime(2025, 1, 1, 9, 0, tzinfo=UTC),
                        )
                    )
                    session.commit()
                ack("event", run_id, seq)
            with services.db.session() as session:
                assert session.exec(select(SessionEvent).where(SessionEvent.seq == seq)).first()


if __name__ == "__main__":
    main()
