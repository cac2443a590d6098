"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inquiry.extensions import db


class AuditEntry(db.Model):
    """One event: who, what, when, from where. ``seq`` is gap-free; ``hash`` chains entries."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor_id: Mapped[int | None]
    actor: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str | None] = mapped_column(String(64))
    target_id: Mapped[str | None] = mapped_column(String(128))
    details: Mapped[str] = mapped_column(Text, default="{}")
    ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(256))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # 1: plain SHA-256 (entries written before the trail was keyed); 2: HMAC-SHA256.
    mac_version: Mapped[int] = mapped_column(default=2)

    __table_args__ = (
        Index("ix_audit_entry_action_at", "action", "at"),
        Index("ix_audit_entry_actor_at", "actor", "at"),
        Index("ix_audit_entry_target", "target_type", "target_id"),
    )
