"""Messages to the room are commands of the run: shown and cleared messages are in its log, a run
rebuilt from the log (after a kill) shows the same banner, and only a clean text is ever shown.
The presets live with the program's settings."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from intervisie_desktop.core.models import SessionEvent
from intervisie_desktop.core.session import messages
from intervisie_desktop.core.session.commands import Command, Message
from intervisie_desktop.core.session.runner import SessionRunner
from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.core.session.state import Event
from tests.core.session.conftest import CLOCKLESS_PLAN, FakeClock, World
from tests.core.session.test_store import drive, reopen

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database


def logged(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        rows = session.exec(select(SessionEvent).order_by(col(SessionEvent.seq))).all()
        return [(r.command, r.payload_json) for r in rows if r.command == "message"]


def test_a_banner_comes_back_after_a_kill_and_its_clearing_is_logged(
    world: World, db: Database
) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.show_message("Terug naar de hulpvraag", preset=2)
    runner.show_message("Bram heeft nog niets gezegd", presenter_only=True)
    snap = runner.snapshot()
    assert (snap.message, snap.presenter_message) == (
        "Terug naar de hulpvraag",
        "Bram heeft nog niets gezegd",
    )
    world.clock.advance(30)
    runner.heartbeat()
    del runner  # the program is killed

    world.clock.advance(300)
    services, fresh = reopen(world, db)
    resumed = services.sessions.open(world.meeting_id, world.clock)
    snap = resumed.snapshot()
    assert snap.state == RunState.PAUSED
    assert snap.message == "Terug naar de hulpvraag"
    assert snap.presenter_message == "Bram heeft nog niets gezegd"
    resumed.clear_message()
    assert (resumed.snapshot().message, resumed.snapshot().presenter_message) == (None, None)
    assert logged(fresh) == [
        ("message", '{"text":"Terug naar de hulpvraag","presenter_only":false,"preset":2}'),
        ("message", '{"text":"Bram heeft nog niets gezegd","presenter_only":true,"preset":null}'),
        ("message", '{"text":null,"presenter_only":false,"preset":null}'),
        ("message", '{"text":null,"presenter_only":true,"preset":null}'),
    ]
    fresh.close()


def test_only_changes_are_logged_and_a_replay_shows_the_same(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.show_message("  Welkom\n allemaal  ")  # before the start: the room fills up
    runner.start()
    runner.show_message("Welkom allemaal")  # already shown: nothing to log
    runner.show_message("   ")  # nothing to show: nothing happens
    runner.clear_message()
    runner.clear_message()
    runner.show_message("x" * 500)
    assert [json for _, json in logged(world.services.db)] == [
        '{"text":"Welkom allemaal","presenter_only":false,"preset":null}',
        '{"text":null,"presenter_only":false,"preset":null}',
        '{"text":"' + "x" * messages.MAX_LENGTH + '","presenter_only":false,"preset":null}',
    ]
    rebuilt = world.services.sessions.rebuild(world.meeting_id, world.clock, runner.offset)
    assert rebuilt is not None
    assert rebuilt.state == runner.state
    assert rebuilt.snapshot() == runner.snapshot()


def test_a_stored_message_that_is_not_a_clean_text_is_not_shown() -> None:
    runner = SessionRunner(CLOCKLESS_PLAN, FakeClock())
    for seq, text in enumerate(["", " padded ", "two\nlines", "x" * 200, "\x07bell"], 1):
        event = Event(seq, Command.MESSAGE, Message(text), float(seq))
        replayed = SessionRunner.replay(CLOCKLESS_PLAN, [event], FakeClock())
        assert replayed.snapshot().message is None, text
    runner.show_message("Nog 5 minuten")
    assert runner.snapshot().message == "Nog 5 minuten"


def test_the_message_stays_on_the_closing_screen_and_can_go(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.show_message("Dank jullie wel")
    runner.finish()
    assert runner.snapshot().message == "Dank jullie wel"
    runner.clear_message()
    assert runner.snapshot().message is None


def test_the_break_time_fills_the_dots_of_a_preset() -> None:
    now = datetime(2025, 3, 4, 14, 27, 41)
    assert messages.break_time(now) == "14:40"  # ten minutes on, rounded up to five
    assert messages.break_time(datetime(2025, 3, 4, 14, 25)) == "14:35"
    assert messages.break_time(datetime(2025, 3, 4, 23, 55)) == "00:05"
    assert messages.break_time(now, "15:00") == "15:00"  # the run's "we continue at" wins
    text = "Pauze \u2014 we gaan verder om \u2026"
    assert messages.has_placeholder(text)
    assert messages.fill_time(text, "14:40") == "Pauze \u2014 we gaan verder om 14:40"
    assert messages.fill_time("Break ... back at ...!", "9:00") == "Break 9:00 back at 9:00!"
    assert not messages.has_placeholder("Even wachten\u2026")  # dots of a word stay
    assert messages.fill_time("Even wachten\u2026", "14:40") == "Even wachten\u2026"


def test_presets_are_kept_with_the_settings_and_empty_means_the_default(world: World) -> None:
    settings = world.services.settings
    assert messages.load_presets(settings) == (None,) * 5
    messages.save_presets(settings, ["Nog 2 minuten", "", None, "  Eén\tvraag  "])
    assert messages.load_presets(settings) == ("Nog 2 minuten", None, None, "Eén vraag", None)
    settings.set(messages.SETTING, {"not": "a list"})  # damaged: the defaults, no error
    assert messages.load_presets(settings) == (None,) * 5
    settings.set(messages.SETTING, [1, "Zes", "a", "b", "c", "d", "e"])
    assert messages.load_presets(settings) == (None, "Zes", "a", "b", "c")
