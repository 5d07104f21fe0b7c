"""The run's sign-of-life file beside the database: written at every shown second, left behind by
a kill (a resume reads it), removed when the run is finished or session mode is left normally."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.session.alive import alive_path, read_alive

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.session.runner import SessionRunner
    from tests.core.session.conftest import World


def started(world: World) -> tuple[SessionRunner, Path]:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    world.clock.advance(7)
    runner.pulse()  # a shown second
    path = alive_path(world.services.db.path)
    return runner, path


def test_a_kill_leaves_the_sign_of_life_for_the_resume(world: World) -> None:
    runner, path = started(world)
    run = world.services.sessions.run_for(world.meeting_id)
    assert run is not None and run.id is not None
    # Nothing more happens: the program is gone, as after a kill. The file is there, whole.
    assert path.exists()
    shown = read_alive(path, run.id)
    assert shown is not None and shown[0] == runner.now()


def test_leaving_normally_removes_it_after_the_last_heartbeat(world: World) -> None:
    runner, path = started(world)
    runner.heartbeat()  # what session mode writes as it closes
    runner.release()
    assert not path.exists()
    # The resume counts from the stored heartbeat instead: nothing of the time is lost.
    run = world.services.sessions.run_for(world.meeting_id)
    assert run is not None and run.heartbeat_t == runner.now()
    world.clock.advance(3)
    runner.pulse()  # session mode opened again on the same runner: the file comes back
    assert path.exists()


def test_finishing_the_run_removes_it(world: World) -> None:
    runner, path = started(world)
    assert path.exists()
    runner.finish()
    assert not path.exists()
    runner.pulse()  # a finished run leaves no sign of life
    assert not path.exists()
