"""People the statistical tagger missed, for search facets: the model-free name finders.

spaCy's small model misses most names in chat exports, lower-case notes, tables and
signatures ("Morgan Leach: cant my mum took my phone", "mrs jowett (head)"). The redaction
engine finds those with :func:`redaction.names.find_name_like` (titles, relations, "known as",
chat speakers, the name lists); the same finders add person mentions here, so counsel's
``person:`` filter finds a name wherever the redaction engine would. Only whole, standalone
spans are taken: not a word cut out of a longer one ("MISSING" read as "Miss" + "ING"), not
the first word of a street, school or company ("Fenton Road", "Unity College"), not a word
inside something spaCy already tagged as a place or agency. What is left is still cleaned and
resolved with every other mention (:mod:`redaction.entity_resolution`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import entity_filters as ef
from . import lexicon
from .entities import Mention, boxes_for_span
from .names import find_name_like

LABEL = "NAME"  # the label stored for these mentions (spaCy's are PERSON, GPE, ORG...)
_NEXT_WORD = re.compile(r"[ \t]*([\w'’&-]+)")
_PLACE_TAILS = frozenset(
    "road street lane avenue close court drive way crescent grove gardens place terrace walk "
    "row mews hill park square view rise green parade fold gate vale bank croft mount estate "
    "house lodge valley moor bridge retail shopping centre center".split())


def _followed_by_tail(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = lexicon.fold(m.group(1))
    return word in _PLACE_TAILS or word in ef.AGENCY_TAILS or word in (
        "law", "laws", "act", "scheme")


def _preceded_by_article(text: str, start: int) -> bool:
    before = text[max(0, start - 5):start].casefold()
    return bool(re.search(r"\bthe[ \t]+$", before))


def name_finder_mentions(pages: Sequence[Page], mentions: Sequence[Mention]) -> list[Mention]:
    """Person mentions found by the name finders and not already tagged by spaCy.

    ``mentions`` are :func:`redaction.entities.tag_pages`'s for the same pages: a hit inside
    one of its places or agencies is part of that name; a hit that is exactly one of its
    people adds nothing.
    """
    by_page: dict[int, list[Mention]] = {}
    for m in mentions:
        by_page.setdefault(m.page, []).append(m)
    out: list[Mention] = []
    for page in pages:
        out.extend(_joined(page, _page_mentions(page, by_page.get(page.number, []))))
    return out


def _joined(page: Page, found: list[Mention]) -> list[Mention]:
    """Adjacent one-word hits on a line as one name: "ashraf sadiq" in lower-case notes."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.source == "names" and m.source == "names"
                and " " not in prev.text and " " not in m.text
                and page.text[prev.end:m.start] == " "):
            out[-1] = _mention(page, prev.start, m.end)
            continue
        out.append(m)
    return out


def _page_mentions(page: Page, tagged: list[Mention]) -> list[Mention]:
    """One page's name-finder hits: the longest of overlapping ones, whole words only,
    none inside a tagged place or agency or naming a street, school or company."""
    out: list[Mention] = []
    text = page.text
    others = [(m.start, m.end) for m in tagged if m.kind != "person"]
    people = {(m.start, m.end) for m in tagged if m.kind == "person"}
    hits = find_name_like(text, exclude=others)
    taken: list[tuple[int, int]] = []
    for h in sorted(hits, key=lambda h: -(h.end - h.start)):
        if any(h.start < e and s < h.end for s, e in taken):
            continue  # the longest of overlapping hits: "Kayleigh Dawn BRAMMER"
        if h.start and text[h.start - 1].isalnum():
            continue  # "ING EPISODES" out of "MISSING EPISODES"
        if any(h.start < e and s < h.end for s, e in others):
            continue
        if _followed_by_tail(text, h.end) or _preceded_by_article(text, h.start):
            continue
        last = lexicon.fold(h.text.split()[-1])
        if len(h.text.split()) > 1 and (last in _PLACE_TAILS or last in ef.AGENCY_TAILS):
            continue  # "Unity College", "Lister Lane"
        taken.append((h.start, h.end))
        if (h.start, h.end) in people:
            continue
        out.append(_mention(page, h.start, h.end))
    return out


def _mention(page: Page, start: int, end: int) -> Mention:
    text = page.text[start:end]
    return Mention("person", LABEL, text, page.number, start, end,
                   boxes_for_span(page, start, end), lexicon.canonical_name(text),
                   lexicon.name_variants(text), source="names")
