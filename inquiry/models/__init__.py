"""SQLAlchemy models. Import from here so Alembic sees every table."""

from inquiry.models.audit import AuditEntry
from inquiry.models.user import ROLES, User, UserRole

__all__ = ["AuditEntry", "ROLES", "User", "UserRole"]
