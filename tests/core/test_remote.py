"""The phone remote's screen-free rules: tokens, pairing, the Host/Origin gate, the rate limit,
the messages a page may send and what the page is told of a snapshot."""

from __future__ import annotations

import json

from intervisie_desktop.core.remote.commands import Hello, Press, parse
from intervisie_desktop.core.remote.gate import RateLimit, host_names, host_ok, origin_ok
from intervisie_desktop.core.remote.pairing import (
    ALPHABET,
    TOKEN_LENGTH,
    Pairing,
    Verdict,
    new_token,
    spaced,
)
from intervisie_desktop.core.remote.state import projector_state
from intervisie_desktop.core.session.snapshot import RunState, SpeakerState
from tests.ui.session.standin_control import FakeClock, make_control


def test_tokens_are_new_each_time_and_easy_to_type() -> None:
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) == TOKEN_LENGTH and set(t) <= set(ALPHABET) for t in tokens)
    assert spaced("ABCDE12345") == "ABCDE-12345"


def test_first_device_pairs_a_second_waits_a_refused_one_stays_out() -> None:
    pairing = Pairing()
    assert pairing.token_ok(pairing.token) and not pairing.token_ok(pairing.token.lower())
    assert not pairing.token_ok("") and not pairing.token_ok(pairing.token + "0")
    assert pairing.hello("phone-a-0123456789") == Verdict.PAIRED
    assert pairing.hello("phone-a-0123456789") == Verdict.PAIRED  # a reload
    assert pairing.hello("phone-b-0123456789") == Verdict.ASK
    pairing.refuse("phone-b-0123456789")
    assert pairing.hello("phone-b-0123456789") == Verdict.REFUSED
    assert pairing.hello("phone-c-0123456789") == Verdict.ASK
    pairing.approve("phone-c-0123456789")
    assert pairing.device == "phone-c-0123456789"
    assert pairing.hello("phone-a-0123456789") == Verdict.ASK  # the old one must ask now
    pairing.unpair()
    assert pairing.device is None and pairing.hello("phone-a-0123456789") == Verdict.PAIRED


def test_host_and_origin_must_name_a_served_address() -> None:
    allowed = host_names(["127.0.0.1", "192.168.1.20"], 5000)
    assert host_ok("127.0.0.1:5000", allowed) and host_ok("LOCALHOST:5000", allowed)
    assert host_ok("192.168.1.20:5000", allowed)
    for bad in (None, "", "evil.example:5000", "127.0.0.1", "127.0.0.1:5001", "192.168.1.2:5000"):
        assert not host_ok(bad, allowed), bad
    assert origin_ok(None, allowed) and origin_ok("http://192.168.1.20:5000", allowed)
    for bad in (
        "null",
        "",
        "https://127.0.0.1:5000",
        "http://evil.example",
        "http://127.0.0.1:5000.evil",
    ):
        assert not origin_ok(bad, allowed), bad


def test_the_rate_limit_allows_a_burst_then_a_steady_pace_per_client() -> None:
    clock = FakeClock()
    limit = RateLimit(clock, per_second=10, burst=40)
    assert sum(limit.allow("a") for _ in range(100)) == 40
    assert limit.allow("b")  # another client has its own bucket
    clock.advance(1.0)
    assert sum(limit.allow("a") for _ in range(100)) == 10
    limit.max_clients = 5
    for n in range(50):
        limit.allow(f"c{n}")
    assert len(limit.clients) <= 6  # a flood of addresses does not grow memory


def test_only_known_messages_are_read() -> None:
    assert parse(json.dumps({"hello": "k" * 20})) == Hello("k" * 20, False)
    assert parse(json.dumps({"hello": "k" * 20, "view": True})) == Hello("k" * 20, True)
    assert parse('{"do": "next"}') == Press("next")
    assert parse('{"do": "preset", "n": 3}') == Press("preset", 3)
    for bad in (
        '{"do": "leave"}',
        '{"do": "start"}',
        '{"do": "preset", "n": 0}',
        '{"do": "preset", "n": true}',
        '{"hello": "short"}',
        '{"hello": "ü" * 20}',
        "[]",
        "nope",
        '{"do": "next"' + " " * 300 + "}",
        "[" * 10000,
    ):
        assert parse(bad) is None, bad[:40]


def test_the_page_is_told_only_the_projectors_fields() -> None:
    clock = FakeClock()
    control = make_control(clock)
    control.start()
    snap = control.snapshot()
    state = projector_state(
        snap, "en", timer="4:00", tone="normal", phase_fraction=2.0, session_fraction=-1
    )
    text = json.dumps(state)
    assert snap.script.get("en") not in text and snap.script.get("nl") not in text
    assert state["phaseFraction"] == 1.0 and state["sessionFraction"] == 0.0
    shown = [s.display_name for s in snap.speakers if s.state != SpeakerState.ABSENT]
    assert [s["name"] for s in state["speakers"]] == shown
    assert state["screen"] == "main" and snap.state != RunState.NOT_STARTED
    control.mark_absent(snap.speakers[-1].member_id)
    control.set_blank(True)
    state = projector_state(
        control.snapshot(), "en", timer="", tone="normal", phase_fraction=0, session_fraction=0
    )
    assert state["screen"] == "blank"
    assert snap.speakers[-1].display_name not in [s["name"] for s in state["speakers"]]


def test_the_page_gets_the_follow_up_topics_the_projector_shows_and_only_on_its_main_screen() -> (
    None
):
    control = make_control(FakeClock())
    control.start()
    topics = ["Zorgplan", "Tweede gesprek"]
    state = projector_state(
        control.snapshot(),
        "en",
        timer="",
        tone="normal",
        phase_fraction=0,
        session_fraction=0,
        topics=topics,
    )
    assert state["followUp"] == topics
    assert (
        projector_state(
            control.snapshot(), "en", timer="", tone="normal", phase_fraction=0, session_fraction=0
        )["followUp"]
        == []
    )
    control.set_blank(True)  # the projector hides everything: so does the page
    state = projector_state(
        control.snapshot(),
        "en",
        timer="",
        tone="normal",
        phase_fraction=0,
        session_fraction=0,
        topics=topics,
    )
    assert state["followUp"] == []
