"""Issuing a hearing bundle: stamp every page of the published (redacted) versions, build
the index (PDF and CSV) and the day's evidence list, and write them to the publication store
with a manifest. The same plan previews, on the bundle's page, each document's stamps and
what the next issue will change.

Only a document's publication in force is stamped (never an original). Publishing again
makes the next issue, listing what changed since the last: documents added, removed, moved,
re-redacted (a new publication) or withdrawn (dropped, since a withdrawn publication is no
longer public). A document in the bundle that is not published (and was in no issue) refuses
the whole issue, changing nothing. An issue locks the bundle (``services.bundles``).

Store keys: ``bundles/<ref>/issue-<n>/{bundle.pdf,index.pdf,index.csv,evidence-list.csv,
evidence-list.json}`` and ``bundles/<ref>/manifest.json`` (written last).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from hearing import index as bundle_index
from hearing import stamp
from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import Document, Page
from inquiry.models.hearing import STAMP_FORMATS, Bundle, BundleEntry, BundleIssue, BundleTab
from inquiry.services import access, audit, blobs, publication_store
from inquiry.services.actor import Actor
from inquiry.services.bundles import BundleError
from inquiry.services.published import current_publication

FILES = {"bundle.pdf": "application/pdf", "index.pdf": "application/pdf",
         "index.csv": "text/csv", "evidence-list.csv": "text/csv",
         "evidence-list.json": "application/json"}
NO_CHANGE = "No change in the documents; issued again."


@dataclass
class _Item:
    tab: BundleTab
    entry: BundleEntry
    document: Document
    publication: object  # models.Publication


@dataclass
class _Plan:
    """The next issue as things stand: what goes in, with which stamps, and what cannot."""

    previous: BundleIssue | None
    before: dict[str, dict]
    items: list[_Item] = field(default_factory=list)
    marks: list[list[str]] = field(default_factory=list)   # per item, its pages' stamps
    tab_numbers: dict[int, int] = field(default_factory=dict)  # empty tabs are left out
    refused: list[str] = field(default_factory=list)   # not published, in no issue yet
    dropped: list[str] = field(default_factory=list)   # withdrawn since the last issue
    hidden: int = 0                                    # documents the actor may not see

    def contents(self) -> list[dict]:
        return [{"urn": i.publication.urn, "tab": self.tab_numbers[i.tab.id],
                 "sha256": i.publication.sha256, "pages": i.publication.pages,
                 "first_stamp": m[0], "last_stamp": m[-1]}
                for i, m in zip(self.items, self.marks, strict=True)]

    def changes(self) -> list[str]:
        return _changes(self.before, self.contents(), self.dropped) if self.previous else []


def _plan(bundle: Bundle, actor: Actor) -> _Plan:
    previous = bundle.issues[-1] if bundle.issues else None
    plan = _Plan(previous, {row["urn"]: row for row in json.loads(previous.contents)}
                 if previous else {})
    for tab in bundle.tabs:
        for entry in tab.entries:
            document = db.session.get(Document, entry.document_id)
            if not access.can_view(document, actor):
                plan.hidden += 1
                continue
            publication = current_publication(document.id)
            if publication is not None:
                plan.items.append(_Item(tab, entry, document, publication))
            elif document.urn in plan.before:
                plan.dropped.append(document.urn)
            else:
                plan.refused.append(document.urn)
    used = [t for t in bundle.tabs if any(i.tab.id == t.id for i in plan.items)]
    plan.tab_numbers = {t.id: n for n, t in enumerate(used, 1)}
    plan.marks = stamp.stamps_for(
        bundle.stamp_format, bundle.reference,
        [[(i.document.urn, i.publication.pages) for i in plan.items if i.tab.id == t.id]
         for t in used])
    return plan


@dataclass(frozen=True)
class Preview:
    """For the bundle's page: each document's stamps in the next issue and what that issue
    will change. Empty when the actor may not see every document (their pages would show
    through the stamps)."""

    shown: bool
    stamps: dict[int, str] = field(default_factory=dict)  # entry id -> "A/1/1 - A/1/3"
    changes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def preview(bundle: Bundle, actor: Actor) -> Preview:
    plan = _plan(bundle, actor)
    if plan.hidden:
        return Preview(False)
    return Preview(True, {i.entry.id: f"{m[0]} - {m[-1]}"
                          for i, m in zip(plan.items, plan.marks, strict=True)},
                   plan.changes(), plan.refused)


def open_file(issue: BundleIssue, name: str, actor: Actor):  # noqa: ANN201 - IO[bytes]
    if name not in FILES:
        raise BundleError("No such file in a bundle issue.")
    stream = publication_store.store().open(f"{issue.store_prefix}/{name}")
    audit.record("bundle.download", actor, target_type="bundle",
                 target_id=f"{issue.bundle.reference}/{issue.number}", details={"file": name})
    return stream


def find_issue(bundle: Bundle, number: int) -> BundleIssue | None:
    return next((i for i in bundle.issues if i.number == number), None)


def _occupied(document_id: int, pages: int) -> list[list[tuple[float, float, float, float]]]:
    """Per page, where the words are (the extracted words, redacted ones included: their
    boxes are painted), in points from the displayed top-left, as the stamp needs them."""
    rows = dict(db.session.execute(select(Page.number, Page.words_sha256).where(
        Page.document_id == document_id)).tuples().all())
    out = []
    store = blobs.store()
    for number in range(1, pages + 1):
        sha = rows.get(number)
        if not sha:
            out.append(None)
            continue
        words = json.loads(store.get_bytes(sha))
        out.append([(w["x0"], w["y0"], w["x1"], w["y1"]) for w in words])
    return out  # type: ignore[return-value]


def publish(bundle: Bundle, actor: Actor, scratch: Path) -> BundleIssue:
    """Build and publish the next issue, and lock the bundle. Refuses (changing nothing)
    when a document added since the last issue is not published; drops, and lists, those
    withdrawn since."""
    plan = _plan(bundle, actor)
    if plan.hidden:
        raise BundleError("This bundle holds a document you may not see; someone who may "
                          "see every document in it must publish it.")
    if plan.refused:
        raise BundleError(f"Not published, so it cannot enter a published bundle: "
                          f"{', '.join(plan.refused)}. Remove it from the bundle or publish "
                          "it first; nothing was published.")
    if not plan.items:
        raise BundleError("The bundle has no published documents to issue.")
    number = (plan.previous.number + 1) if plan.previous else 1
    front_pages = bundle_index.index_page_count(len(plan.items))
    entries_: list[bundle_index.IndexEntry] = []
    sources: list[stamp.SourceDocument] = []
    page = front_pages + 1
    store = publication_store.store()
    for item, marks in zip(plan.items, plan.marks, strict=True):
        pub = item.publication
        path = scratch / f"{pub.urn}.pdf"
        _fetch(store, pub.store_key, pub.sha256, path)
        sources.append(stamp.SourceDocument(str(path), marks, _occupied(item.document.id,
                                                                        pub.pages),
                                            label=f"{pub.urn} {item.document.title}"[:200]))
        entries_.append(bundle_index.IndexEntry(
            tab=plan.tab_numbers[item.tab.id], tab_title=item.tab.title, urn=pub.urn,
            title=item.document.title, provider=item.document.provider,
            document_date=item.document.document_date.isoformat()
            if item.document.document_date else "",
            pages=pub.pages, first_stamp=marks[0], last_stamp=marks[-1], bundle_page=page,
            published_key=pub.store_key, sha256=pub.sha256))
        page += pub.pages
    head = dict(bundle=bundle.reference, title=bundle.title,
                hearing_date=bundle.hearing_date.isoformat(), issue=number)
    rects = bundle_index.render_index_pdf(scratch / "front.pdf", entries=entries_, **head)
    bundle_index.render_index_pdf(scratch / "index.pdf", entries=entries_,
                                  link_for=lambda e: f"bundle.pdf#page={e.bundle_page}", **head)
    try:
        built = stamp.build(sources, scratch / "bundle.pdf", front=scratch / "front.pdf",
                            front_links=rects)
    except stamp.StampError as exc:
        raise BundleError(f"The bundle could not be built: {exc}.") from exc

    def link(e: bundle_index.IndexEntry) -> str:
        return f"../../../{e.published_key}"  # from bundles/<ref>/issue-<n>/ to <URN>/...

    bundle_index.write_index_csv(scratch / "index.csv", entries_, link)
    evidence = bundle_index.evidence_rows(entries_, link)
    bundle_index.write_evidence_csv(scratch / "evidence-list.csv", evidence)
    (scratch / "evidence-list.json").write_text(json.dumps(
        {**head, "documents": evidence}, indent=2, sort_keys=True))
    changes = (plan.changes() or [NO_CHANGE]) if plan.previous else []
    prefix = f"bundles/{bundle.reference}/issue-{number}"
    issue = BundleIssue(bundle_id=bundle.id, number=number, sha256=built.sha256,
                        pages=built.pages, store_prefix=prefix,
                        contents=json.dumps(plan.contents()), changes=json.dumps(changes),
                        published_by=actor.email, published_at=utcnow())
    db.session.add(issue)
    bundle.locked = True
    try:  # the number is taken before any file is written: a second publisher stops here
        db.session.flush()
    except IntegrityError as exc:
        db.session.rollback()
        raise BundleError(f"Someone else published issue {number} of bundle "
                          f"{bundle.reference} at the same moment; yours was not published. "
                          "Look at their issue before publishing again.") from exc
    files = {}
    for name in FILES:
        path = scratch / name
        sha = stamp.sha256_file(path)
        store.put_file(f"{prefix}/{name}", path, sha)
        files[name] = {"sha256": sha, "bytes": path.stat().st_size}
    manifest = {"bundle": bundle.reference, "title": bundle.title,
                "hearing_date": bundle.hearing_date.isoformat(),
                "stamp_format": STAMP_FORMATS[bundle.stamp_format],
                "issues": [_manifest_issue(i) for i in bundle.issues if i.id != issue.id]
                + [{**_manifest_issue(issue), "files": files}]}
    store.put_json(f"bundles/{bundle.reference}/manifest.json", manifest)  # last
    audit.record("bundle.publish", actor, target_type="bundle", target_id=bundle.reference,
                 details={"issue": number, "pages": built.pages, "sha256": built.sha256,
                          "documents": len(plan.items), "changes": len(changes)},
                 commit=False)
    db.session.commit()
    return issue


def _manifest_issue(issue: BundleIssue) -> dict:
    return {"issue": issue.number, "sha256": issue.sha256, "pages": issue.pages,
            "prefix": issue.store_prefix, "published_by": issue.published_by,
            "published_at": issue.published_at.isoformat(timespec="seconds"),
            "documents": json.loads(issue.contents), "changes": json.loads(issue.changes)}


def _fetch(store, key: str, sha256: str, path: Path) -> None:  # noqa: ANN001
    digest = hashlib.sha256()
    with store.open(key) as src, open(path, "wb") as out:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        raise BundleError(f"The published file {key} does not match its manifest entry; "
                          "nothing was published.")


def _changes(before: dict[str, dict], after: list[dict], dropped: list[str]) -> list[str]:
    now = {row["urn"]: row for row in after}
    lines = []
    for urn in dropped:
        lines.append(f"{urn} removed: its publication was withdrawn.")
    for urn, row in before.items():
        if urn not in now and urn not in dropped:
            lines.append(f"{urn} removed from tab {row['tab']}.")
    for urn, row in now.items():
        old = before.get(urn)
        if old is None:
            lines.append(f"{urn} added to tab {row['tab']} ({row['first_stamp']} - "
                         f"{row['last_stamp']}).")
            continue
        if old["sha256"] != row["sha256"]:
            lines.append(f"{urn} re-redacted: the new publication replaces the old "
                         f"({old['pages']} -> {row['pages']} pages).")
        if old["tab"] != row["tab"]:
            lines.append(f"{urn} moved from tab {old['tab']} to tab {row['tab']} "
                         f"(now {row['first_stamp']} - {row['last_stamp']}).")
        elif old["first_stamp"] != row["first_stamp"]:
            lines.append(f"{urn} now stamped {row['first_stamp']} - {row['last_stamp']} "
                         f"(was {old['first_stamp']} - {old['last_stamp']}).")
    for tab in sorted({row["tab"] for row in after}):  # order within a tab, whatever the stamps
        ours = [row["urn"] for row in after if row["tab"] == tab]
        kept = [u for u in ours if u in before and before[u]["tab"] == tab]
        if kept != [u for u, row in before.items() if row["tab"] == tab and u in kept]:
            lines.append(f"Tab {tab} is now in the order {', '.join(ours)}.")
    return lines


def issue_count() -> int:
    return db.session.scalar(select(func.count(BundleIssue.id))) or 0
