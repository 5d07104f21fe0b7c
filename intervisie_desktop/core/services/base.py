"""What every entity service shares: get, list, create, update, delete with validation."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from sqlmodel import Session, SQLModel

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.db.faults import translated_faults
from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.services.guard import check_value

if TYPE_CHECKING:
    from collections.abc import Iterator

    from intervisie_desktop.core.db.database import Database

T = TypeVar("T", bound=SQLModel)


def must_exist(session: Session, model: type[Any], id_: int | None, what: str) -> Any:
    """Load a referenced row or refuse with a NotFoundError the user can read."""
    obj = session.get(model, v.record_id(id_, what))
    if obj is None:
        raise NotFoundError(MSG_NOT_FOUND, what=what, id=id_)
    return obj


class EntityService(ABC, Generic[T]):
    """CRUD for one table. Subclasses set `model`, `what` and `change` and implement `_check`."""

    model: ClassVar[type[Any]]
    what: ClassVar[str]  # English noun for messages ("group")
    change: ClassVar[Change]
    readonly_fields: ClassVar[frozenset[str]] = frozenset({"id"})

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A session whose storage failures arrive as DatabaseError (rolled back, nothing kept)."""
        with translated_faults(), self.db.session() as session:
            yield session

    def _load(self, session: Session, id_: int) -> T:
        obj: T = must_exist(session, self.model, id_, self.what)
        return obj

    def get(self, id_: int) -> T:
        with self._session() as session:
            return self._load(session, id_)

    def create(self, **fields: Any) -> OpResult[T]:
        obj: T = self.model()
        for key, value in fields.items():
            self._set(obj, key, value)
        with self._session() as session:
            self._check(session, obj, is_new=True)
            session.add(obj)
            session.commit()
        return OpResult(obj, self._changed(obj))

    def update(self, id_: int, **fields: Any) -> OpResult[T]:
        """Change some fields; on a validation error nothing is stored."""
        with self._session() as session:
            obj = self._load(session, id_)
            for key, value in fields.items():
                self._set(obj, key, value)
            self._check(session, obj, is_new=False)
            session.add(obj)
            session.commit()
        return OpResult(obj, self._changed(obj))

    def delete(self, id_: int) -> OpChanges:
        with self._session() as session:
            obj = self._load(session, id_)
            session.delete(obj)
            session.commit()
        return OpChanges.of(*self._delete_changes(), ids=[(self.change, id_)])

    def _changed(self, obj: T) -> OpChanges:
        id_ = cast("Any", obj).id  # every table of ours has an integer key named id
        return OpChanges.of(self.change, ids=[(self.change, id_)] if isinstance(id_, int) else [])

    def _delete_changes(self) -> tuple[Change, ...]:
        return (self.change,)

    def _set(self, obj: T, key: str, value: Any) -> None:
        if key in self.readonly_fields or key not in type(obj).model_fields:
            raise TypeError(f"{self.what} has no writable field {key!r}")
        check_value(type(obj), key, value)
        setattr(obj, key, value)

    @abstractmethod
    def _check(self, session: Session, obj: T, is_new: bool) -> None:
        """Validate and normalise `obj` in place; raise ValidationError to refuse it."""
