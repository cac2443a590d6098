"""SQLAlchemy models. Import from here so Alembic sees every table."""

from inquiry.models.audit import AuditEntry
from inquiry.models.document import Batch, Document, DocumentEvent, IntakeProblem, Page
from inquiry.models.redaction import KeepName, Mention, Proposal, ProtectedPerson, RedactedString
from inquiry.models.user import ROLES, User, UserRole

__all__ = ["AuditEntry", "Batch", "Document", "DocumentEvent", "IntakeProblem", "KeepName",
           "Mention", "Page", "Proposal", "ProtectedPerson", "ROLES", "RedactedString", "User",
           "UserRole"]
