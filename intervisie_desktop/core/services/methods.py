"""Methods as the program sees them: the read-only built-ins plus the user's own editable copies.

Every method, built-in or not, is handed out as a MethodDef; `get` is the resolver the session
plan uses for a PlanItem's method_key. User methods are rows in `method` and `phase`; an edit
validates the whole new method first and then replaces it in one transaction, so a refused
edit stores nothing. A deleted user method is only hidden: meetings that used it still read it.
"""

from __future__ import annotations

import logging
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.errors import (
    MSG_NOT_FOUND,
    MSG_WRONG_KIND,
    NotFoundError,
    ValidationError,
)
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.methods import schema
from intervisie_desktop.core.methods.catalogue import Catalogue, load_catalogue
from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, Text
from intervisie_desktop.core.models.base import utcnow
from intervisie_desktop.core.models.methods import Method, Phase

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database

logger = logging.getLogger(__name__)

USER_PREFIX = "user:"

MSG_BUILTIN = QT_TRANSLATE_NOOP(
    "Validation", "Built-in methods cannot be changed; make a copy and edit that."
)
MSG_DELETED = QT_TRANSLATE_NOOP(
    "Validation", "This method was deleted; restore it before changing it."
)
MSG_NO_PHASE = QT_TRANSLATE_NOOP("Validation", "This method has no phase {phase}.")
MSG_BAD_ORDER = QT_TRANSLATE_NOOP("Validation", "The new order must name every phase exactly once.")
COPY_SUFFIX = Text(nl="kopie", en="copy")

#: The fields of a phase that `update_phase` may change.
PHASE_FIELDS = frozenset(f.name for f in fields(PhaseDef))


def user_key(method_id: int) -> str:
    return f"{USER_PREFIX}{method_id}"


def is_user_key(key: str) -> bool:
    return key.startswith(USER_PREFIX)


def _phases_of(session: Session, row: Method) -> list[Phase]:
    stmt = select(Phase).where(Phase.method_id == row.id).order_by(col(Phase.position))
    return list(session.exec(stmt))


def _phases_by_method(session: Session, ids: list[int]) -> dict[int, list[Phase]]:
    result: dict[int, list[Phase]] = {}
    if not ids:
        return result
    stmt = (
        select(Phase)
        .where(col(Phase.method_id).in_(ids))
        .order_by(col(Phase.method_id), col(Phase.position))
    )
    for phase in session.exec(stmt):
        result.setdefault(phase.method_id, []).append(phase)
    return result


METHODS_CHANGED = OpChanges.of(Change.METHODS)


class MethodService:
    """Lists, resolves, copies and edits methods; built-ins are refused with a ValidationError."""

    def __init__(self, db: Database, methods_dir: Path) -> None:
        self.db = db
        self._methods_dir = methods_dir
        self._catalogue: Catalogue | None = None

    @property
    def catalogue(self) -> Catalogue:
        """The built-ins, read on first use (and then shared by the whole process)."""
        if self._catalogue is None:
            self._catalogue = load_catalogue(self._methods_dir)
        return self._catalogue

    # -- reading ---------------------------------------------------------------------------

    def list(
        self, kind: MethodKind | None = None, include_deleted: bool = False
    ) -> list[MethodDef]:
        """Built-ins in catalogue order, then the user's methods in the order they were made."""
        result = self.catalogue.methods(kind)
        stmt = select(Method).order_by(col(Method.id))
        if not include_deleted:
            stmt = stmt.where(col(Method.deleted_at).is_(None))
        with self.db.session() as session:
            rows = list(session.exec(stmt))
            phases = _phases_by_method(session, [row.id for row in rows if row.id])
        for row in rows:
            method = self._to_def(row, phases.get(row.id or 0, []))
            if kind is None or method.kind is kind:
                result.append(method)
        return result

    def get(self, key: str) -> MethodDef:
        """Any method by key, a deleted user method included (history stays readable)."""
        key = v.method_key(key)
        if not is_user_key(key):
            return self.catalogue.get(key)
        with self.db.session() as session:
            row = self._load(session, key)
            return self._to_def(row, _phases_of(session, row))

    @property
    def resolver(self) -> Callable[[str], MethodDef]:
        """What a session plan calls to turn a method_key into a MethodDef."""
        return self.get

    def is_deleted(self, key: str) -> bool:
        key = v.method_key(key)
        if not is_user_key(key):
            self.catalogue.get(key)
            return False
        with self.db.session() as session:
            return self._load(session, key).deleted_at is not None

    # -- making and deleting ---------------------------------------------------------------

    def copy(self, key: str) -> OpResult[MethodDef]:
        """A new user method with the phases and texts of `key`, named "... (kopie)"."""
        original = self.get(key)
        taken = {(m.name.nl, m.name.en) for m in self.list(include_deleted=False) if not m.builtin}
        number = 1
        while True:
            suffix_nl = COPY_SUFFIX.nl if number == 1 else f"{COPY_SUFFIX.nl} {number}"
            suffix_en = COPY_SUFFIX.en if number == 1 else f"{COPY_SUFFIX.en} {number}"
            name = Text(
                nl=f"{original.name.nl} ({suffix_nl})" if original.name.nl else "",
                en=f"{original.name.en} ({suffix_en})" if original.name.en else "",
            )
            if (name.nl, name.en) not in taken:
                break
            number += 1
        method = schema.check_method(replace(original, name=name), both=False)
        based_on = original.key if original.builtin else original.based_on
        with self.db.session() as session:
            row = Method(based_on=based_on, name_nl="", name_en="")
            self._write(session, row, method)
            session.commit()
            result = self._to_def(row, _phases_of(session, row))
        logger.info("copied method %s to %s", key, result.key)
        return OpResult(result, METHODS_CHANGED)

    def delete(self, key: str) -> OpChanges:
        """Hide a user method; meetings that used it still resolve it with `get`."""
        self._set_deleted(key, True)
        return METHODS_CHANGED

    def restore(self, key: str) -> OpResult[MethodDef]:
        self._set_deleted(key, False)
        return OpResult(self.get(key), METHODS_CHANGED)

    # -- editing -----------------------------------------------------------------------------

    def save(self, method: MethodDef) -> OpResult[MethodDef]:
        """Replace a user method by `method` (same key) as a whole, or refuse and store nothing."""
        if not isinstance(method, MethodDef):
            raise ValidationError(MSG_WRONG_KIND, field="method", name="method")
        self._editable_key(method.key)
        checked = schema.check_method(method, both=False)
        with self.db.session() as session:
            row = self._load(session, method.key)
            if row.deleted_at is not None:
                raise ValidationError(MSG_DELETED, field="key")
            self._write(session, row, checked)
            session.commit()
            result = self._to_def(row, _phases_of(session, row))
        return OpResult(result, METHODS_CHANGED)

    def rename(self, key: str, name: Text) -> OpResult[MethodDef]:
        return self._edit(key, lambda m: replace(m, name=name))

    def set_texts(
        self,
        key: str,
        *,
        name: Text | None = None,
        summary: Text | None = None,
        when_to_use: Text | None = None,
        source: str | None = None,
    ) -> OpResult[MethodDef]:
        """Change any of the method's own texts; None leaves a text as it is."""
        changes: dict[str, Any] = {
            k: val
            for k, val in (
                ("name", name),
                ("summary", summary),
                ("when_to_use", when_to_use),
                ("source", source),
            )
            if val is not None
        }
        return self._edit(key, lambda m: replace(m, **changes))

    def add_phase(
        self, key: str, phase: PhaseDef | None = None, index: int | None = None
    ) -> OpResult[MethodDef]:
        """Insert a phase (default: an empty open phase of 5 minutes) at `index` (default: end)."""
        new = phase or PhaseDef(name=Text(nl="Nieuwe fase", en="New phase"), minutes=5.0)

        def change(method: MethodDef) -> MethodDef:
            phases = list(method.phases)
            at = len(phases) if index is None else index
            if not 0 <= at <= len(phases):
                raise ValidationError(MSG_NO_PHASE, field="phases", phase=at + 1)
            phases.insert(at, new)
            return replace(method, phases=tuple(phases))

        return self._edit(key, change)

    def update_phase(self, key: str, index: int, **changes: Any) -> OpResult[MethodDef]:
        """Change fields of one phase (names as in PhaseDef); the result is validated whole."""
        unknown = set(changes) - PHASE_FIELDS
        if unknown:
            raise TypeError(f"a phase has no field {sorted(unknown)[0]!r}")
        if "speaker_mode" in changes:
            changes["speaker_mode"] = schema.speaker_mode(changes["speaker_mode"])

        def change(method: MethodDef) -> MethodDef:
            phases = list(method.phases)
            self._check_index(phases, index)
            phases[index] = replace(phases[index], **changes)
            return replace(method, phases=tuple(phases))

        return self._edit(key, change)

    def remove_phase(self, key: str, index: int) -> OpResult[MethodDef]:
        def change(method: MethodDef) -> MethodDef:
            phases = list(method.phases)
            self._check_index(phases, index)
            del phases[index]
            return replace(method, phases=tuple(phases))

        return self._edit(key, change)

    def move_phase(self, key: str, index: int, to: int) -> OpResult[MethodDef]:
        """Move one phase so that it ends up at position `to` (0-based)."""

        def change(method: MethodDef) -> MethodDef:
            phases = list(method.phases)
            self._check_index(phases, index)
            self._check_index(phases, to)
            phases.insert(to, phases.pop(index))
            return replace(method, phases=tuple(phases))

        return self._edit(key, change)

    def reorder_phases(self, key: str, order: Sequence[int]) -> OpResult[MethodDef]:
        """Put the phases in a new order: `order[i]` is the old index of the new i-th phase."""

        def change(method: MethodDef) -> MethodDef:
            if sorted(order) != list(range(len(method.phases))):
                raise ValidationError(MSG_BAD_ORDER, field="phases")
            return replace(method, phases=tuple(method.phases[i] for i in order))

        return self._edit(key, change)

    # -- internals ---------------------------------------------------------------------------

    def _edit(self, key: str, change: Callable[[MethodDef], MethodDef]) -> OpResult[MethodDef]:
        self._editable_key(key)
        return self.save(change(self.get(key)))

    def _editable_key(self, key: str) -> None:
        key = v.method_key(key)
        if not is_user_key(key):
            self.catalogue.get(key)  # an unknown key is "not found", a built-in is refused
            raise ValidationError(MSG_BUILTIN, field="key")

    @staticmethod
    def _check_index(phases: Sequence[PhaseDef], index: int) -> None:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(phases):
            raise ValidationError(MSG_NO_PHASE, field="phases", phase=index + 1)

    def _set_deleted(self, key: str, deleted: bool) -> None:
        self._editable_key(key)
        with self.db.session() as session:
            row = self._load(session, key)
            row.deleted_at = utcnow() if deleted else None
            session.add(row)
            session.commit()
        logger.info("method %s %s", key, "deleted" if deleted else "restored")

    @staticmethod
    def _load(session: Session, key: str) -> Method:
        raw_id = key.removeprefix(USER_PREFIX)
        known = raw_id.isascii() and raw_id.isdigit() and int(raw_id) <= v.ID_MAX
        row = session.get(Method, int(raw_id)) if known else None
        if row is None:
            raise NotFoundError(MSG_NOT_FOUND, what="method", id=key)
        return row

    @staticmethod
    def _write(session: Session, row: Method, method: MethodDef) -> None:
        """Store a checked method into `row`, replacing its phases (caller commits)."""
        row.name_nl, row.name_en = method.name.nl, method.name.en
        row.summary_nl, row.summary_en = method.summary.nl, method.summary.en
        row.when_nl, row.when_en = method.when_to_use.nl, method.when_to_use.en
        row.source = method.source
        session.add(row)
        session.flush()
        if row.id is not None:
            for old in _phases_of(session, row):
                session.delete(old)
            session.flush()  # positions are unique per method: old rows go before new ones
        for position, phase in enumerate(method.phases):
            session.add(
                Phase(
                    method_id=row.id or 0,
                    position=position,
                    name_nl=phase.name.nl,
                    name_en=phase.name.en,
                    minutes=phase.minutes,
                    minutes_per_speaker=phase.minutes_per_speaker,
                    speaker_mode=phase.speaker_mode,
                    instruction_nl=phase.instruction.nl,
                    instruction_en=phase.instruction.en,
                    script_nl=phase.script.nl,
                    script_en=phase.script.en,
                    case_bringer_silent=phase.case_bringer_silent,
                    case_bringer_away=phase.case_bringer_away,
                    no_advice=phase.no_advice,
                    write_first=phase.write_first,
                    warning_minutes=phase.warning_minutes,
                )
            )
        session.flush()

    def _to_def(self, row: Method, phases: Sequence[Phase]) -> MethodDef:
        """A row as a MethodDef. Kind and "unsourced" follow the built-in it was copied from
        (a copy of a block is a block; a copy keeps "unsourced" until its source is edited)."""
        origin = self.catalogue.find(row.based_on) if row.based_on else None
        kind = (
            origin.kind
            if origin
            else (
                MethodKind.BLOCK
                if row.based_on.startswith(schema.BLOCK_PREFIX)
                else MethodKind.METHOD
            )
        )
        return MethodDef(
            key=user_key(row.id or 0),
            name=Text(nl=row.name_nl, en=row.name_en),
            summary=Text(nl=row.summary_nl, en=row.summary_en),
            when_to_use=Text(nl=row.when_nl, en=row.when_en),
            source=row.source,
            unsourced=bool(origin and origin.unsourced and origin.source == row.source),
            kind=kind,
            builtin=False,
            based_on=row.based_on,
            phases=tuple(
                PhaseDef(
                    name=Text(nl=p.name_nl, en=p.name_en),
                    speaker_mode=p.speaker_mode,
                    minutes=p.minutes,
                    minutes_per_speaker=p.minutes_per_speaker,
                    instruction=Text(nl=p.instruction_nl, en=p.instruction_en),
                    script=Text(nl=p.script_nl, en=p.script_en),
                    case_bringer_silent=p.case_bringer_silent,
                    case_bringer_away=p.case_bringer_away,
                    no_advice=p.no_advice,
                    write_first=p.write_first,
                    warning_minutes=p.warning_minutes,
                )
                for p in phases
            ),
        )
