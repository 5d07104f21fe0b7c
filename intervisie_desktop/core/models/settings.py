"""Program settings stored with the data (JSON values), so a restored backup keeps them."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value_json: str = "null"
