"""SQLAlchemy models. Import from here so Alembic sees every table."""

from inquiry.models.access import DocumentGrant
from inquiry.models.audit import AuditEntry
from inquiry.models.counsel import DocumentTag, EntityAlias, Note, SavedSearch, SearchHistory
from inquiry.models.document import Batch, Document, DocumentEvent, IntakeProblem, Page
from inquiry.models.hearing import (
    Bundle,
    BundleEntry,
    BundleIssue,
    BundleTab,
    EvidenceRequest,
    RequestBatch,
    RequestGrant,
)
from inquiry.models.redaction import KeepName, Mention, Proposal, ProtectedPerson, RedactedString
from inquiry.models.review import Publication, PublicationProgress, ReviewAction, ReviewEvent
from inquiry.models.session import PageView, SignInThrottle, UserSession
from inquiry.models.user import ROLES, User, UserRole

__all__ = ["AuditEntry", "Batch", "Bundle", "BundleEntry", "BundleIssue", "BundleTab",
           "EvidenceRequest", "RequestBatch", "RequestGrant", "Document", "DocumentEvent",
           "DocumentGrant", "DocumentTag",
           "EntityAlias", "IntakeProblem", "KeepName", "Mention", "Note", "Page", "PageView",
           "Proposal", "ProtectedPerson", "Publication", "PublicationProgress", "ROLES",
           "RedactedString", "ReviewAction", "ReviewEvent", "SavedSearch", "SearchHistory",
           "SignInThrottle", "User", "UserRole", "UserSession"]
