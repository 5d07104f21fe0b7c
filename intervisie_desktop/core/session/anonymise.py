"""Take an erased member out of recorded session runs, keeping the runs' timings.

A run's frozen plan names its speakers (display names) and carries the topic and question of
each case it worked on; its event log and current state refer to members by id. Erasure rewrites
all three: the member becomes an anonymous speaker with a fresh negative id (no member row can
ever have it, so a reused id never inherits their turns), their cases lose topic and question.
Steps, speakers and events keep their places, so the log still replays to the same timings.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = ["ANONYMOUS", "anonymise_member", "runs_with_member"]

#: The label an erased speaker keeps in a recorded run (the same in every language).
ANONYMOUS = "\u2014"


def _plan_mentions(plan: dict[str, Any], member_id: int, case_ids: Collection[int]) -> bool:
    if any(int(s[0]) == member_id for s in plan.get("speakers", [])):
        return True
    for step in plan.get("steps", []):
        case = step.get("case")
        if case and (case.get("bringer_id") == member_id or case.get("case_id") in case_ids):
            return True
    return False


def runs_with_member(conn: Connection, member_id: int, case_ids: Collection[int]) -> list[int]:
    """The ids of the runs whose plan names the member or one of their cases."""
    found = []
    for run_id, plan_json in conn.execute(text("SELECT id, plan_json FROM sessionrun")):
        if _plan_mentions(json.loads(plan_json or "{}"), member_id, case_ids):
            found.append(int(run_id))
    return found


def _fresh_id(plan: dict[str, Any]) -> int:
    used = [int(s[0]) for s in plan.get("speakers", [])]
    for step in plan.get("steps", []):
        case = step.get("case")
        if case:
            used += [int(case["case_id"]), int(case.get("bringer_id") or 0)]
    return min([0, *used]) - 1


def _rewrite_plan(
    plan: dict[str, Any], member_id: int, case_ids: Collection[int], placeholder: int
) -> None:
    for speaker in plan.get("speakers", []):
        if int(speaker[0]) == member_id:
            speaker[0], speaker[1] = placeholder, ANONYMOUS
    case_placeholder = placeholder
    for step in plan.get("steps", []):
        case = step.get("case")
        if not case:
            continue
        if case.get("bringer_id") == member_id:
            case["bringer_id"] = placeholder
        if case.get("case_id") in case_ids:
            case_placeholder -= 1  # a case id no case row can have either
            case.update(case_id=case_placeholder, topic="", question="", show_question=False)


def _rewrite_payload(payload: dict[str, Any], member_id: int, placeholder: int) -> bool:
    changed = False
    if payload.get("member_id") == member_id:
        payload["member_id"] = placeholder
        changed = True
    ids = payload.get("member_ids")
    if isinstance(ids, list) and member_id in ids:
        payload["member_ids"] = [placeholder if m == member_id else m for m in ids]
        changed = True
    return changed


def anonymise_member(conn: Connection, member_id: int, case_ids: Collection[int]) -> list[int]:
    """Rewrite every run that names the member or their cases; returns the runs' ids.

    Runs in the caller's transaction, before the member's rows are deleted.
    """
    runs = runs_with_member(conn, member_id, case_ids)
    for run_id in runs:
        plan_json = conn.execute(
            text("SELECT plan_json FROM sessionrun WHERE id = :r"), {"r": run_id}
        ).scalar_one()
        plan = json.loads(plan_json)
        placeholder = _fresh_id(plan)
        # keep the case placeholders below every id the plan uses, the member's included
        _rewrite_plan(plan, member_id, case_ids, placeholder)
        conn.execute(
            text(
                "UPDATE sessionrun SET plan_json = :p, current_member_id = CASE "
                "WHEN current_member_id = :m THEN :x ELSE current_member_id END WHERE id = :r"
            ),
            {
                "p": json.dumps(plan, ensure_ascii=False, separators=(",", ":")),
                "m": member_id,
                "x": placeholder,
                "r": run_id,
            },
        )
        events = conn.execute(
            text("SELECT id, payload_json FROM sessionevent WHERE run_id = :r"), {"r": run_id}
        ).all()
        for event_id, payload_json in events:
            payload = json.loads(payload_json or "{}")
            if _rewrite_payload(payload, member_id, placeholder):
                conn.execute(
                    text("UPDATE sessionevent SET payload_json = :p WHERE id = :e"),
                    {"p": json.dumps(payload, separators=(",", ":")), "e": event_id},
                )
    return runs
