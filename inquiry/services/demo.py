"""Loading the demonstration set (``inquiry demo load``): invented documents taken in
through the normal intake, processed by the workers like any upload (extraction, OCR,
tagging, indexing), then tagged and, for one, reviewed and approved, so that every example
on the search help page finds something on a fresh instance.

Nothing is special about the documents once loaded: they have URNs, audit entries and the
usual access rules (the restricted one is seen only by users granted it), and can be
deleted or withdrawn like any other. Loading again is safe: files already held are
recognised by their hash and only the unfinished steps are done.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models.document import ACTIVE_STATUSES, Document, Status
from inquiry.models.redaction import Proposal
from inquiry.services import annotations, decisions, intake, review, search_index, users
from inquiry.services.actor import SYSTEM, Actor
from inquiry.services.demo_set import DOCUMENTS, DemoDocument, write_pdf
from inquiry.services.intake import IncomingFile, Metadata

# Review needs two people: the demo set's approval is made by two accounts of its own,
# deactivated as soon as it is done (random passwords that are never shown).
DEMO_REVIEWERS = ("demo-reviewer-1@demo.example.org", "demo-reviewer-2@demo.example.org")


@dataclass
class DemoReport:
    """What loading did, document by document, in words for the terminal."""

    urns: dict[str, str] = field(default_factory=dict)  # key -> URN
    stored: list[str] = field(default_factory=list)
    already_held: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.problems or self.unfinished)

    def lines(self) -> list[str]:
        out = [f"Demonstration set: {len(DOCUMENTS)} documents "
               f"({len(self.stored)} stored now, {len(self.already_held)} already held)"]
        out += [f"  {DOCUMENTS_BY_KEY[k].filename:<28} {urn}" for k, urn in self.urns.items()]
        out += [f"  {step}" for step in self.steps]
        out += [f"  PROBLEM  {p}" for p in self.problems]
        if self.unfinished:
            out.append(f"  still processing: {', '.join(self.unfinished)}. Is a worker running "
                       "(`inquiry services start worker`)? Run `inquiry demo load` again "
                       "when they are ready to finish tagging and review.")
        return out


DOCUMENTS_BY_KEY = {d.key: d for d in DOCUMENTS}


def load(settings, *, wait: bool = True, timeout: float | None = 600,  # noqa: ANN001
         poll: float = 1.0, on_progress: Callable[[int, int], None] = lambda _d, _t: None
         ) -> DemoReport:
    """Take the demonstration documents in, wait for the workers (unless ``wait`` is
    false), then add their tags and take the one marked for approval through review."""
    report = DemoReport()
    batch_id = intake.new_batch(SYSTEM, "demo", label="Demonstration set")
    limits = intake.limits_from(settings)
    with tempfile.TemporaryDirectory(prefix="inquiry-demo-") as scratch:
        for document in DOCUMENTS:
            _take_in(document, write_pdf(document, Path(scratch)), batch_id, limits,
                     settings.urn_format, report)
    if wait:
        _wait(report, timeout, poll, on_progress)
    _finish(report)
    return report


def _take_in(document: DemoDocument, path: Path, batch_id: int, limits: intake.Limits,
             urn_format: str, report: DemoReport) -> None:
    metadata = Metadata(provider=document.provider, author=document.author,
                        document_date=document.document_date,
                        received_date=document.received_date,
                        document_type=document.document_type,
                        description=document.description, restricted=document.restricted)
    summary = intake.take_in(batch_id, [IncomingFile(document.filename, path)], metadata,
                             SYSTEM, limits, urn_format)
    for _name, urn in summary.stored:
        report.urns[document.key] = urn
        report.stored.append(urn)
    for _name, urn in summary.duplicates:
        report.urns[document.key] = urn
        report.already_held.append(urn)
    for name, reason in summary.failed + summary.needs_password:
        report.problems.append(f"{name}: {reason}")


def _statuses(urns: list[str]) -> dict[str, str]:
    db.session.expire_all()
    return dict(db.session.execute(select(Document.urn, Document.status)
                                   .where(Document.urn.in_(urns))).tuples().all())


def _wait(report: DemoReport, timeout: float | None, poll: float,
          on_progress: Callable[[int, int], None]) -> None:
    urns = list(report.urns.values())
    active = {s.value for s in ACTIVE_STATUSES}
    started = time.monotonic()
    while True:
        statuses = _statuses(urns)
        busy = [urn for urn in urns if statuses.get(urn) in active]
        on_progress(len(urns) - len(busy), len(urns))
        db.session.rollback()
        if not busy or (timeout is not None and time.monotonic() - started > timeout):
            return
        time.sleep(poll)


def _finish(report: DemoReport) -> None:
    statuses = _statuses(list(report.urns.values()))
    if any(status == Status.READY for status in statuses.values()):
        # The workers index in bulk and leave refreshing to the index's interval, while a
        # tag or review step updates the pages that a search finds: make them findable.
        search_index.client().indices.refresh(index=search_index.alias())
    for key, urn in report.urns.items():
        status = statuses.get(urn)
        if status == Status.FAILED:
            report.problems.append(f"{urn} failed in processing (see Failures)")
            continue
        if status != Status.READY:
            report.unfinished.append(urn)
            continue
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        spec = DOCUMENTS_BY_KEY[key]
        for tag in spec.tags:
            if tag not in annotations.tags_of(document.id):
                annotations.add_tag(document, tag, SYSTEM)
                report.steps.append(f"{urn} tagged {tag!r}")
        if spec.approve and document.review_status == "unreviewed":
            _review_and_approve(document.id)
            report.steps.append(f"{urn} reviewed and approved by the two demo reviewers")
    db.session.rollback()


def _review_and_approve(document_id: int) -> None:
    """The whole workflow, as two reviewers would take it: start, accept every proposal,
    submit, then approval by the second."""
    first, second = _demo_reviewers()

    def revision() -> int:
        db.session.expire_all()
        return db.session.get(Document, document_id).review_revision

    review.transition(document_id, "start", first, expected_revision=revision())
    codes = set(db.session.scalars(select(Proposal.code).where(
        Proposal.document_id == document_id, Proposal.status == "proposed")))
    for code in sorted(codes):
        decisions.decide(document_id, first, status="accepted", expected_revision=revision(),
                         code=code)
    review.transition(document_id, "submit", first, expected_revision=revision())
    review.transition(document_id, "approve", second, expected_revision=revision())
    for actor in (first, second):
        user = users.get_by_email(actor.email)
        if user is not None and user.active:
            users.update_user(user, SYSTEM, display_name=user.display_name,
                              roles=set(user.roles), active=False)


def _demo_reviewers() -> tuple[Actor, Actor]:
    actors = []
    for number, email in enumerate(DEMO_REVIEWERS, 1):
        user = users.get_by_email(email)
        if user is None:
            user = users.create_user(email, {"reviewer"}, SYSTEM,
                                     display_name=f"Demo reviewer {number} (demo set)").user
        actors.append(Actor(user_id=user.id, email=user.email))
    return actors[0], actors[1]
