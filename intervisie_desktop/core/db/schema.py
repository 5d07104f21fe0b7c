"""What a current database holds, as plain constants: the start-up check reads them before the
ORM (SQLAlchemy, SQLModel) is even imported."""

from __future__ import annotations

#: The schema number of the newest migration; each migration stamps it into PRAGMA user_version.
SCHEMA_VERSION = 9

#: The tables of our models at SCHEMA_VERSION (a test holds this equal to the models' metadata).
TABLES = frozenset(
    {
        "attendance",
        "case",
        "evaluationscore",
        "group",
        "learninggoal",
        "meeting",
        "member",
        "membership",
        "method",
        "note",
        "phase",
        "planitem",
        "registration",
        "safetycheck",
        "safetytally",
        "sessionevent",
        "sessionrun",
        "setting",
    }
)
