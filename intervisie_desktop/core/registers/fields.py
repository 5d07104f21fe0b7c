"""A member's registrations as the two fields the reports print ("register number")."""

from __future__ import annotations

from sqlmodel import Session, col, select

from intervisie_desktop.core.models import Registration


def registration_fields(rows: list[Registration]) -> tuple[str, str]:
    """A member's registrations in the two fields the reports print as "register number":
    one registration as it is, several as one line "BIG 01234567890; SKJ 110012345"."""
    if not rows:
        return "", ""
    if len(rows) == 1:
        return rows[0].register_key, rows[0].number
    return "; ".join(f"{r.register_key} {r.number}".strip() for r in rows), ""


def registration_fields_in(session: Session, member_ids: list[int]) -> dict[int, tuple[str, str]]:
    stmt = (
        select(Registration)
        .where(col(Registration.member_id).in_(member_ids))
        .order_by(col(Registration.position), col(Registration.id))
    )
    rows: dict[int, list[Registration]] = {m: [] for m in member_ids}
    for row in session.exec(stmt):
        rows.setdefault(row.member_id, []).append(row)
    return {m: registration_fields(r) for m, r in rows.items()}
