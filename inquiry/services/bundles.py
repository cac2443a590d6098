"""Hearing bundles: counsel put published documents in tabs, in order; publishing a bundle
stamps every page of the published (redacted) versions, builds the index (PDF and CSV) and
the day's evidence list, and writes them to the publication store with a manifest.

Only a published document may enter a bundle, and only its publication in force is
stamped (never an original). Re-publishing makes the next issue, listing what changed since
the last: documents added, removed, moved, re-redacted (a new publication) or withdrawn
(dropped, since a withdrawn publication is no longer public).

Store keys: ``bundles/<ref>/issue-<n>/{bundle.pdf,index.pdf,index.csv,evidence-list.csv,
evidence-list.json}`` and ``bundles/<ref>/manifest.json`` (written last).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from hearing import index as bundle_index
from hearing import stamp
from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import Document, Page
from inquiry.models.hearing import STAMP_FORMATS, Bundle, BundleEntry, BundleIssue, BundleTab
from inquiry.services import access, audit, blobs, publication_store
from inquiry.services.actor import Actor
from inquiry.services.published import current_publication

FILES = {"bundle.pdf": "application/pdf", "index.pdf": "application/pdf",
         "index.csv": "text/csv", "evidence-list.csv": "text/csv",
         "evidence-list.json": "application/json"}
REFERENCE = re.compile(r"^[A-Z][A-Z0-9-]{0,15}$")


class BundleError(ValueError):
    """A bundle change that cannot be made; the message is for the user."""


def get(bundle_id: int) -> Bundle | None:
    return db.session.get(Bundle, bundle_id)


def all_bundles() -> list[Bundle]:
    return list(db.session.scalars(select(Bundle).order_by(Bundle.hearing_date.desc(),
                                                           Bundle.reference)))


def create(reference: str, title: str, hearing_date: date | None, stamp_format: str,
           actor: Actor) -> Bundle:
    reference = (reference or "").strip().upper()
    problems = []
    if not REFERENCE.match(reference):
        problems.append("A bundle reference is a capital letter, then up to 15 capitals, "
                        "digits or hyphens (A, B2, DAY-3).")
    if not (title or "").strip() or len(title) > 200:
        problems.append("Give the bundle a title (up to 200 characters).")
    if hearing_date is None:
        problems.append("Give the hearing date.")
    if stamp_format not in STAMP_FORMATS:
        problems.append("Choose how pages are stamped.")
    if not problems and db.session.scalar(select(Bundle.id).where(
            Bundle.reference == reference)):
        problems.append(f"There is already a bundle {reference}.")
    if problems:
        raise BundleError(" ".join(problems))
    bundle = Bundle(reference=reference, title=title.strip(), hearing_date=hearing_date,
                    stamp_format=stamp_format, created_by_id=actor.user_id)
    db.session.add(bundle)
    db.session.flush()
    audit.record("bundle.create", actor, target_type="bundle", target_id=reference,
                 commit=False)
    db.session.commit()
    return bundle


def add_tab(bundle: Bundle, title: str, actor: Actor) -> BundleTab:
    title = " ".join((title or "").split())
    if not title or len(title) > 200:
        raise BundleError("Give the tab a title (up to 200 characters).")
    tab = BundleTab(bundle_id=bundle.id, position=len(bundle.tabs) + 1, title=title)
    db.session.add(tab)
    audit.record("bundle.add_tab", actor, target_type="bundle", target_id=bundle.reference,
                 details={"tab": title}, commit=False)
    db.session.commit()
    return tab


def add_document(bundle: Bundle, tab_id: int, urn: str, actor: Actor) -> BundleEntry:
    """A published document the actor may see, at the end of the tab."""
    tab = next((t for t in bundle.tabs if t.id == tab_id), None)
    if tab is None:
        raise BundleError("Choose one of this bundle's tabs.")
    urn = (urn or "").strip().upper()[:32]
    document = db.session.scalar(select(Document).where(Document.urn == urn))
    if document is None or not access.can_view(document, actor):
        raise BundleError(f"There is no document {urn or '(none given)'}.")
    if current_publication(document.id) is None:
        raise BundleError(f"{urn} is not published (its review status is "
                          f"{document.review_status.replace('_', ' ')}): only a published, "
                          "redacted document can enter a bundle.")
    if any(e.document_id == document.id for t in bundle.tabs for e in t.entries):
        raise BundleError(f"{urn} is already in this bundle.")
    entry = BundleEntry(tab_id=tab.id, position=len(tab.entries) + 1, document_id=document.id)
    db.session.add(entry)
    audit.record("bundle.add_document", actor, target_type="bundle",
                 target_id=bundle.reference, details={"urn": urn, "tab": tab.position},
                 commit=False)
    db.session.commit()
    return entry


def remove_entry(bundle: Bundle, entry_id: int, actor: Actor) -> None:
    for tab in bundle.tabs:
        for entry in tab.entries:
            if entry.id == entry_id:
                urn = db.session.get(Document, entry.document_id).urn
                tab.entries.remove(entry)
                for i, e in enumerate(tab.entries, start=1):
                    e.position = i
                audit.record("bundle.remove_document", actor, target_type="bundle",
                             target_id=bundle.reference, details={"urn": urn}, commit=False)
                db.session.commit()
                return
    raise BundleError("That document is not in this bundle.")


@dataclass(frozen=True)
class EntryView:
    entry_id: int
    tab: int
    urn: str
    title: str
    provider: str
    pages: int | None
    published: bool


def entries(bundle: Bundle, actor: Actor) -> tuple[dict[int, list[EntryView]], int]:
    """Per tab id, the entries the actor may see; and how many they may not."""
    out: dict[int, list[EntryView]] = {}
    hidden = 0
    for tab in bundle.tabs:
        rows = out.setdefault(tab.id, [])
        for e in tab.entries:
            d = db.session.get(Document, e.document_id)
            if not access.can_view(d, actor):
                hidden += 1
                continue
            pub = current_publication(d.id)
            rows.append(EntryView(e.id, tab.position, d.urn or "", d.title, d.provider,
                                  pub.pages if pub else d.page_count, pub is not None))
    return out, hidden


def open_file(issue: BundleIssue, name: str, actor: Actor):  # noqa: ANN201 - IO[bytes]
    if name not in FILES:
        raise BundleError("No such file in a bundle issue.")
    stream = publication_store.store().open(f"{issue.store_prefix}/{name}")
    audit.record("bundle.download", actor, target_type="bundle",
                 target_id=f"{issue.bundle.reference}/{issue.number}", details={"file": name})
    return stream


def find_issue(bundle: Bundle, number: int) -> BundleIssue | None:
    return next((i for i in bundle.issues if i.number == number), None)


# ---- publishing ------------------------------------------------------------------------

@dataclass
class _Item:
    tab: BundleTab
    entry: BundleEntry
    document: Document
    publication: object  # models.Publication


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
    """Build and publish the next issue. Refuses (changing nothing) when a document added
    since the last issue is not published; drops, and lists, those withdrawn since."""
    previous = bundle.issues[-1] if bundle.issues else None
    before = {row["urn"]: row for row in json.loads(previous.contents)} if previous else {}
    items: list[_Item] = []
    refused, dropped = [], []
    for tab in bundle.tabs:
        for entry in tab.entries:
            document = db.session.get(Document, entry.document_id)
            if not access.can_view(document, actor):
                raise BundleError("This bundle holds a document you may not see; someone "
                                  "who may see every document in it must publish it.")
            publication = current_publication(document.id)
            if publication is not None:
                items.append(_Item(tab, entry, document, publication))
            elif document.urn in before:
                dropped.append(document.urn)
            else:
                refused.append(document.urn)
    if refused:
        raise BundleError(f"Not published, so it cannot enter a published bundle: "
                          f"{', '.join(refused)}. Remove it from the bundle or publish it "
                          "first; nothing was published.")
    if not items:
        raise BundleError("The bundle has no published documents to issue.")
    number = (previous.number + 1) if previous else 1
    tabs = [[(i.document.urn, i.publication.pages) for i in items if i.tab.id == t.id]
            for t in bundle.tabs]
    stamps = stamp.stamps_for(bundle.stamp_format, bundle.reference, [t for t in tabs if t])
    front_pages = bundle_index.index_page_count(len(items))
    entries_: list[bundle_index.IndexEntry] = []
    sources: list[stamp.SourceDocument] = []
    page = front_pages + 1
    store = publication_store.store()
    tab_numbers = {t.id: n for n, t in enumerate([t for t in bundle.tabs
                                                  if any(i.tab.id == t.id for i in items)], 1)}
    for item, marks in zip(items, stamps, strict=True):
        pub = item.publication
        path = scratch / f"{pub.urn}.pdf"
        _fetch(store, pub.store_key, pub.sha256, path)
        sources.append(stamp.SourceDocument(str(path), marks, _occupied(item.document.id,
                                                                        pub.pages),
                                            label=f"{pub.urn} {item.document.title}"[:200]))
        entries_.append(bundle_index.IndexEntry(
            tab=tab_numbers[item.tab.id], tab_title=item.tab.title, urn=pub.urn,
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
    contents = [{"urn": e.urn, "tab": e.tab, "sha256": e.sha256, "pages": e.pages,
                 "first_stamp": e.first_stamp, "last_stamp": e.last_stamp} for e in entries_]
    changes = _changes(before, contents, dropped) if previous else []
    prefix = f"bundles/{bundle.reference}/issue-{number}"
    files = {}
    for name in FILES:
        path = scratch / name
        sha = stamp.sha256_file(path)
        store.put_file(f"{prefix}/{name}", path, sha)
        files[name] = {"sha256": sha, "bytes": path.stat().st_size}
    issue = BundleIssue(bundle_id=bundle.id, number=number, sha256=built.sha256,
                        pages=built.pages, store_prefix=prefix, contents=json.dumps(contents),
                        changes=json.dumps(changes), published_by=actor.email,
                        published_at=utcnow())
    db.session.add(issue)
    db.session.flush()
    manifest = {"bundle": bundle.reference, "title": bundle.title,
                "hearing_date": bundle.hearing_date.isoformat(),
                "stamp_format": STAMP_FORMATS[bundle.stamp_format],
                "issues": [_manifest_issue(i) for i in bundle.issues if i.id != issue.id]
                + [{**_manifest_issue(issue), "files": files}]}
    store.put_json(f"bundles/{bundle.reference}/manifest.json", manifest)  # last
    audit.record("bundle.publish", actor, target_type="bundle", target_id=bundle.reference,
                 details={"issue": number, "pages": built.pages, "sha256": built.sha256,
                          "documents": len(items), "changes": len(changes)}, commit=False)
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
            lines.append(f"{urn} moved from tab {old['tab']} to tab {row['tab']}.")
        elif old["first_stamp"] != row["first_stamp"]:
            lines.append(f"{urn} now stamped {row['first_stamp']} - {row['last_stamp']} "
                         f"(was {old['first_stamp']} - {old['last_stamp']}).")
    return lines or ["No change in the documents; issued again."]


def issue_count() -> int:
    return db.session.scalar(select(func.count(BundleIssue.id))) or 0
