"""The failures page: what failed, whether trying again can help, what to ask the provider
for when it cannot, and which files wait for a password; only what the caller may see."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from config import Settings
from inquiry.extensions import db
from inquiry.models.document import Batch, Document, IntakeProblem, Status
from inquiry.services.access import visible_clause
from inquiry.services.actor import Actor
from inquiry.services.document_list import visible_batch_ids_clause

# What to ask the provider for, by the reason a file failed when it was checked.
_FILE_PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"truncated|end is missing", re.I),
     "Ask the provider to send the complete file again: the copy received is cut short."),
    (re.compile(r"no pages", re.I),
     "Ask the provider for the document again: the file received has no pages."),
    (re.compile(r"password", re.I),
     "Ask the provider for the password, or for a copy without one."),
]
_FILE_DAMAGED = ("Ask the provider for a fresh copy of the file, saved again as PDF from the "
                 "original (or printed and scanned): the file received is damaged.")
# Limits a file exceeds fail the same way every time, whichever stage meets them.
_LIMITS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"too many pages|more than [\d,]+ pages|pages?; the limit", re.I),
     "Ask the provider to send the document split into smaller files."),
    (re.compile(r"\blimit\b|exceed|too large|too big|pixels|out of memory", re.I),
     "Ask the provider for a copy saved again as an ordinary PDF (or printed and scanned): "
     "this file is beyond what can be read safely."),
]


# What a failure reason says a file needed (its pages) or was refused at (a limit, when
# what it needed is unknown), and that limit under the settings now in force (OCR, where a
# page usually passes one, has the lesser of the CPU limit and two pages' time). Once the
# setting has been raised that far, Retry can help again.
_STATED_LIMITS: list[tuple[re.Pattern[str], Callable[[Settings], float], bool]] = [
    (re.compile(r"has ([\d,]+) pages; the limit is"), lambda s: s.max_pages, True),
    (re.compile(r"out of memory \(limit ([\d.]+) GB\)"),
     lambda s: float(f"{s.sandbox_memory_mb / 1024:.3g}"), False),  # as sandbox words it
    (re.compile(r"took longer than ([\d.]+) s"), lambda s: s.page_seconds, False),
    (re.compile(r"more than (\d+) s of processor time"),
     lambda s: min(s.sandbox_cpu_seconds, 2 * s.page_seconds), False),
]


def limits_raised_since(reason: str, settings: Settings) -> bool:
    """True when every limit the reason names has been raised enough since the failure:
    to what the file needs where the reason says (pages), else above the stated limit."""
    found = [(float(m[1].replace(",", "")), now(settings), needs)
             for pattern, now, needs in _STATED_LIMITS if (m := pattern.search(reason))]
    return bool(found) and all(now >= figure if needs else now > figure
                               for figure, now, needs in found)


@dataclass(frozen=True)
class Advice:
    permanent: bool
    ask: str = ""


def advice_for(document: Document) -> Advice:
    """Permanent: a failure of the file itself (found when it was checked) or a limit it
    exceeds; no retry can help, so say what to ask for. Anything else (a service down, a
    worker stopped) may pass on another attempt, and so may a file that passed a limit
    which has since been raised."""
    from flask import current_app

    reason = document.failure_reason or ""
    if limits_raised_since(reason, current_app.extensions["inquiry_settings"]):
        return Advice(False)
    for pattern, ask in _LIMITS:
        if pattern.search(reason):
            return Advice(True, ask)
    if document.failure_stage == "validation":
        for pattern, ask in _FILE_PROBLEMS:
            if pattern.search(reason):
                return Advice(True, ask)
        return Advice(True, _FILE_DAMAGED)
    return Advice(False)


@dataclass(frozen=True)
class FailedDocument:
    document: Document
    advice: Advice


@dataclass(frozen=True)
class Failures:
    failed: list[FailedDocument]
    awaiting_password: list[Document]
    refused: list[IntakeProblem]
    # Documents with no progress for longer than waiting_alert_seconds, with why.
    waiting: list[tuple[Document, str]] = ()  # type: ignore[assignment]


def failures_for(actor: Actor, limit: int = 500) -> Failures:
    visible = visible_clause(actor)
    failed = db.session.scalars(select(Document).where(Document.status == Status.FAILED, visible)
                                .order_by(Document.updated_at.desc()).limit(limit))
    waiting = db.session.scalars(select(Document).where(
        Document.status == Status.PASSWORD_REQUIRED, visible)
        .order_by(Document.created_at.desc()).limit(limit))
    refused = db.session.scalars(
        select(IntakeProblem).join(Batch, Batch.id == IntakeProblem.batch_id)
        .where(IntakeProblem.kind == "refused", visible_batch_ids_clause(actor))
        .order_by(IntakeProblem.id.desc()).limit(limit))
    from inquiry.services import recovery

    stalled = [(d, recovery.waiting_reason(d)) for d in recovery.waiting_documents(actor, limit)]
    return Failures([FailedDocument(d, advice_for(d)) for d in failed], list(waiting),
                    list(refused), stalled)
