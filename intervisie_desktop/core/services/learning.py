"""Meeting evaluations (the members' unnamed 0-10 ratings) and safety checks (tallied answers to
the seven-statement questionnaire), and the group's development drawn from them.

What members answered is confidential: it is stored without names, never logged, and only
group-level aggregates go into a report."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, delete, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.db.faults import translated_faults
from intervisie_desktop.core.errors import MSG_WRONG_KIND, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import (
    EvaluationItem,
    EvaluationScore,
    Group,
    Meeting,
    SafetyCheck,
    SafetyTally,
)
from intervisie_desktop.core.models.learning import (
    SAFETY_ITEMS,
    SAFETY_OPTIONS,
    SCORE_MAX,
    SCORE_MIN,
)
from intervisie_desktop.core.reports.development import Development, group_development
from intervisie_desktop.core.services.base import EntityService, must_exist
from intervisie_desktop.core.services.guard import valid_text

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from intervisie_desktop.core.db.database import Database

MAX_ANSWERS = 100  # per item of one meeting: far more than any group has members
MAX_COUNT = 1_000  # forms per answer option of one safety check

MSG_BAD_SCORE = QT_TRANSLATE_NOOP(
    "Validation", "\u201c{value}\u201d is not a score: type whole numbers from 0 to 10."
)
MSG_TOO_MANY_SCORES = QT_TRANSLATE_NOOP("Validation", "At most {max} answers per question.")
MSG_BAD_COUNTS = QT_TRANSLATE_NOOP(
    "Validation",
    "The tally needs a whole number from 0 to {max} for each of the 5 answers to each of the "
    "7 statements.",
)

_SEPARATORS = re.compile(r"[\s,;/]+")


def parse_scores(text: Any) -> list[int]:
    """Scores typed as a list: "7 8 6 9", "7, 8, 6" or "7;8". Empty text gives no scores."""
    if not isinstance(text, str) or not valid_text(text):
        raise ValidationError(MSG_WRONG_KIND, field="scores", name="scores")
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if len(parts) > MAX_ANSWERS:
        raise ValidationError(MSG_TOO_MANY_SCORES, field="scores", max=MAX_ANSWERS)
    return check_scores(parts)


def check_scores(values: Any) -> list[int]:
    """A list of whole numbers from 0 to 10 (numbers or their digits as text)."""
    if isinstance(values, str | bytes) or not isinstance(values, list | tuple):
        raise ValidationError(MSG_WRONG_KIND, field="scores", name="scores")
    if len(values) > MAX_ANSWERS:
        raise ValidationError(MSG_TOO_MANY_SCORES, field="scores", max=MAX_ANSWERS)
    scores = []
    for value in values:
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 2:
            number: Any = int(value.strip())
        else:
            number = value
        if (
            not isinstance(number, int)
            or isinstance(number, bool)
            or not SCORE_MIN <= number <= SCORE_MAX
        ):
            shown = value if isinstance(value, str) and valid_text(value) else "?"
            raise ValidationError(MSG_BAD_SCORE, field="scores", value=shown[:20])
        scores.append(number)
    return scores


def _item(value: Any) -> EvaluationItem:
    if isinstance(value, EvaluationItem) or (
        isinstance(value, str) and value in {i.value for i in EvaluationItem}
    ):
        return EvaluationItem(value)
    raise ValidationError(MSG_WRONG_KIND, field="item", name="item")


class EvaluationService:
    """The answers to one meeting's evaluation: per item a list of unnamed scores."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with translated_faults(), self.db.session() as session:
            yield session

    def scores(self, meeting_id: int) -> dict[EvaluationItem, list[int]]:
        """Every item with its scores in the order they were entered (an empty list if none)."""
        meeting_id = v.record_id(meeting_id, "meeting")
        with self._session() as session:
            must_exist(session, Meeting, meeting_id, "meeting")
            out: dict[EvaluationItem, list[int]] = {item: [] for item in EvaluationItem}
            for row in session.exec(
                select(EvaluationScore)
                .where(EvaluationScore.meeting_id == meeting_id)
                .order_by(col(EvaluationScore.id))
            ):
                out[EvaluationItem(row.item)].append(row.score)
            return out

    def record(self, meeting_id: int, answers: Mapping[Any, Any]) -> OpChanges:
        """Replace the scores of the items given ({item: [7, 8, 6]}); others stay as they are.
        All or nothing: one bad score stores none."""
        meeting_id = v.record_id(meeting_id, "meeting")
        if not hasattr(answers, "items"):
            raise ValidationError(MSG_WRONG_KIND, field="answers", name="answers")
        checked = {_item(item): check_scores(scores) for item, scores in answers.items()}
        with self._session() as session:
            must_exist(session, Meeting, meeting_id, "meeting")
            for item, scores in checked.items():
                session.exec(
                    delete(EvaluationScore).where(
                        col(EvaluationScore.meeting_id) == meeting_id,
                        col(EvaluationScore.item) == item,
                    )
                )
                session.add_all(
                    EvaluationScore(meeting_id=meeting_id, item=item, score=s) for s in scores
                )
            session.commit()
        return OpChanges.of(Change.EVALUATIONS, ids=[(Change.MEETINGS, meeting_id)])

    def development(self, group_id: int) -> Development:
        """The group's development over its held meetings, years and safety checks."""
        group_id = v.record_id(group_id, "group")
        with self._session() as session:
            must_exist(session, Group, group_id, "group")
            return group_development(session, group_id)


class SafetyCheckService(EntityService[SafetyCheck]):
    """Safety checks of a group, each with its tally: per statement, forms per answer."""

    model = SafetyCheck
    what = "safety check"
    change = Change.EVALUATIONS
    readonly_fields = frozenset({"id", "created_at"})

    def for_group(self, group_id: int) -> list[SafetyCheck]:
        """The group's checks, newest first."""
        group_id = v.record_id(group_id, "group")
        with self._session() as session:
            return list(
                session.exec(
                    select(SafetyCheck)
                    .where(SafetyCheck.group_id == group_id)
                    .order_by(col(SafetyCheck.date).desc(), col(SafetyCheck.id).desc())
                )
            )

    def counts(self, check_id: int) -> list[list[int]]:
        """Seven rows (statements) of five counts (answers, disagree to agree)."""
        check_id = v.record_id(check_id, "safety check")
        with self._session() as session:
            must_exist(session, SafetyCheck, check_id, "safety check")
            out = [[0] * SAFETY_OPTIONS for _ in range(SAFETY_ITEMS)]
            for t in session.exec(select(SafetyTally).where(SafetyTally.check_id == check_id)):
                out[t.item - 1][t.option - 1] = t.count
            return out

    def set_counts(self, check_id: int, counts: Any) -> OpChanges:
        """Store the whole tally (7 rows of 5 counts) at once, replacing what was there."""
        check_id = v.record_id(check_id, "safety check")
        table = _check_counts(counts)
        with self._session() as session:
            must_exist(session, SafetyCheck, check_id, "safety check")
            session.exec(delete(SafetyTally).where(col(SafetyTally.check_id) == check_id))
            session.add_all(
                SafetyTally(check_id=check_id, item=i, option=o, count=n)
                for i, row in enumerate(table, start=1)
                for o, n in enumerate(row, start=1)
                if n
            )
            session.commit()
        return OpChanges.of(Change.EVALUATIONS, ids=[(Change.EVALUATIONS, check_id)])

    def _check(self, session: Session, obj: SafetyCheck, is_new: bool) -> None:
        must_exist(session, Group, obj.group_id, "group")
        obj.date = v.a_date(obj.date, "date", labels.DATE)


def _check_counts(counts: Any) -> list[list[int]]:
    bad = ValidationError(MSG_BAD_COUNTS, field="counts", max=MAX_COUNT)
    if not isinstance(counts, list | tuple) or len(counts) != SAFETY_ITEMS:
        raise bad
    table = []
    for row in counts:
        if not isinstance(row, list | tuple) or len(row) != SAFETY_OPTIONS:
            raise bad
        if not all(
            isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_COUNT for n in row
        ):
            raise bad
        table.append(list(row))
    return table
