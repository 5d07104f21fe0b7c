"""Settings kept in the database as JSON values."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.db.faults import translated_faults
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.models import Setting
from intervisie_desktop.core.services.guard import MSG_WRONG_KIND, valid_text

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        if not isinstance(key, str) or not valid_text(key):
            raise ValidationError(MSG_WRONG_KIND, field="key", name="key")
        with translated_faults(), self.db.session() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value_json)

    def set(self, key: str, value: Any) -> OpChanges:
        if not isinstance(key, str) or not key or not valid_text(key):
            raise ValidationError(MSG_WRONG_KIND, field="key", name="key")
        try:
            value_json = json.dumps(value)
        except (TypeError, ValueError, RecursionError):
            raise ValidationError(MSG_WRONG_KIND, field="value", name=key) from None
        with translated_faults(), self.db.session() as session:
            row = session.get(Setting, key) or Setting(key=key)
            row.value_json = value_json
            session.add(row)
            session.commit()
        return OpChanges.of(Change.SETTINGS)
