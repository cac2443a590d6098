"""Hearing bundles, their arrangement: counsel put published documents in tabs, in order,
and change that order (documents up and down, across a tab's edge; tabs up and down).

Only a published document may enter a bundle. Once a bundle is issued it is locked: the
hearing cites its stamps, so nothing in it changes until counsel open a re-issue on
purpose (audited); the re-issue then lists every change (``services.bundle_issues``).
Changing the order of documents needs sight of every document in the bundle: the order of
one you may not see would otherwise be changed blind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models.document import Document
from inquiry.models.hearing import STAMP_FORMATS, Bundle, BundleEntry, BundleTab
from inquiry.services import access, audit
from inquiry.services.actor import Actor
from inquiry.services.published import current_publication

REFERENCE = re.compile(r"^[A-Z][A-Z0-9-]{0,15}$")
DIRECTIONS = ("up", "down")


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


def _editable(bundle: Bundle) -> None:
    """Refuse any change to an issued bundle until a re-issue is opened."""
    if bundle.locked and bundle.issues:
        last = bundle.issues[-1].number
        raise BundleError(
            f"Bundle {bundle.reference} is published as issue {last}: the hearing cites its "
            "pages, so its documents and their order are fixed. Prepare a re-issue to change "
            f"them; issue {last + 1} will list every change. Nothing was changed.")


def add_tab(bundle: Bundle, title: str, actor: Actor) -> BundleTab:
    _editable(bundle)
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
    _editable(bundle)
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


def _visible_entry(bundle: Bundle, entry_id: int, actor: Actor
                   ) -> tuple[int, BundleEntry, Document]:
    """(tab index, entry, document); an entry the actor may not see is as unknown as a
    missing one."""
    for t, tab in enumerate(bundle.tabs):
        for entry in tab.entries:
            if entry.id == entry_id:
                document = db.session.get(Document, entry.document_id)
                if access.can_view(document, actor):
                    return t, entry, document
    raise BundleError("That document is not in this bundle.")


def remove_entry(bundle: Bundle, entry_id: int, actor: Actor) -> None:
    _editable(bundle)
    t, entry, document = _visible_entry(bundle, entry_id, actor)
    tab = bundle.tabs[t]
    tab.entries.remove(entry)
    for i, e in enumerate(tab.entries, start=1):
        e.position = i
    audit.record("bundle.remove_document", actor, target_type="bundle",
                 target_id=bundle.reference, details={"urn": document.urn}, commit=False)
    db.session.commit()


def _sees_everything(bundle: Bundle, actor: Actor) -> None:
    for tab in bundle.tabs:
        for e in tab.entries:
            if not access.can_view(db.session.get(Document, e.document_id), actor):
                raise BundleError("This bundle holds a document you may not see; someone "
                                  "who may see every document in it must change its order.")


def move_entry(bundle: Bundle, entry_id: int, direction: str, actor: Actor) -> str:
    """One place up or down; past the top (bottom) of its tab a document goes to the end
    (start) of the tab before (after). Returns where it now is, for the user."""
    _editable(bundle)
    if direction not in DIRECTIONS:
        raise BundleError("Move a document up or down.")
    t, entry, document = _visible_entry(bundle, entry_id, actor)
    _sees_everything(bundle, actor)
    order = [list(tab.entries) for tab in bundle.tabs]
    i = order[t].index(entry)
    before = (t + 1, i + 1)
    del order[t][i]
    if direction == "up" and i > 0:
        order[t].insert(i - 1, entry)
    elif direction == "up" and t > 0:
        t -= 1
        order[t].append(entry)
    elif direction == "down" and i < len(order[t]):
        order[t].insert(i + 1, entry)
    elif direction == "down" and t + 1 < len(order):
        t += 1
        order[t].insert(0, entry)
    else:
        raise BundleError(f"{document.urn} is already {'first' if direction == 'up' else 'last'}"
                          " in the bundle.")
    for tab, entries_ in zip(bundle.tabs, order, strict=True):
        for position, e in enumerate(entries_, start=1):
            e.tab_id, e.position = tab.id, position  # the columns: no orphaning on the way
    after = (t + 1, order[t].index(entry) + 1)
    audit.record("bundle.move_document", actor, target_type="bundle",
                 target_id=bundle.reference,
                 details={"urn": document.urn, "from": list(before), "to": list(after)},
                 commit=False)
    db.session.commit()
    db.session.expire(bundle)
    return f"tab {after[0]}, place {after[1]}"


def move_tab(bundle: Bundle, tab_id: int, direction: str, actor: Actor) -> int:
    """Swap a tab with its neighbour; returns its new number."""
    _editable(bundle)
    if direction not in DIRECTIONS:
        raise BundleError("Move a tab up or down.")
    tabs = list(bundle.tabs)
    t = next((n for n, tab in enumerate(tabs) if tab.id == tab_id), None)
    if t is None:
        raise BundleError("Choose one of this bundle's tabs.")
    other = t - 1 if direction == "up" else t + 1
    if not 0 <= other < len(tabs):
        raise BundleError(f"Tab {t + 1} is already {'first' if direction == 'up' else 'last'}.")
    tabs[t], tabs[other] = tabs[other], tabs[t]
    for position, tab in enumerate(tabs, start=1):
        tab.position = position
    audit.record("bundle.move_tab", actor, target_type="bundle", target_id=bundle.reference,
                 details={"tab": tabs[other].title, "from": t + 1, "to": other + 1},
                 commit=False)
    db.session.commit()
    db.session.expire(bundle)
    return other + 1


def open_reissue(bundle: Bundle, actor: Actor) -> int:
    """Unlock an issued bundle for changes; returns the number the next issue will take."""
    if not bundle.issues:
        raise BundleError(f"Bundle {bundle.reference} is not published yet: it can be "
                          "changed as it is.")
    last = bundle.issues[-1].number
    if not bundle.locked:
        raise BundleError(f"Issue {last + 1} of bundle {bundle.reference} is already being "
                          "prepared: make the changes, then re-issue it.")
    bundle.locked = False
    audit.record("bundle.reissue_opened", actor, target_type="bundle",
                 target_id=bundle.reference, details={"after_issue": last}, commit=False)
    db.session.commit()
    return last + 1


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
