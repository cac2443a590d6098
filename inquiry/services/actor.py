"""Who is acting and from where: passed into every use case, recorded in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    email: str
    ip: str | None = None
    user_agent: str | None = None


SYSTEM = Actor(user_id=None, email="system")
