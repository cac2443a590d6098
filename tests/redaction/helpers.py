"""Pages built directly, with plausible boxes, so policy tests need no PDF."""

from __future__ import annotations

from ingest.pages import Page, build_page


def page_of(text: str, number: int = 1) -> Page:
    lines = []
    for li, line in enumerate(text.split("\n")):
        x = 72.0
        words = []
        for w in line.split():
            width = 5.5 * len(w)
            words.append((w, x, 72 + li * 16, x + width, 83 + li * 16))
            x += width + 3
        lines.append(words)
    return build_page(number, 595.0, 842.0, False, lines)


def proposed_on_page(text: str) -> list[str]:
    """The texts the engine proposes on one page built from the text."""
    from redaction.propose import propose

    return [p.text for p in propose([page_of(text)])]


def spaced_page(text: str, number: int = 1) -> Page:
    """A page whose word gaps follow the text's spaces, as the entity bench lays one out:
    one space 3 pt, each more one character's width, as a table or signature block prints."""
    from bench.entities import page_of as bench_page_of

    return bench_page_of(text, number)


def cue_entities(text: str, *tagged: tuple[str, str, str],
                 spaced: bool = False) -> dict[str, list[str]]:
    """The entities of one page from the context finders, plus mentions as a tagger would
    give them: (kind, text, label), each at its first place on the page. ``spaced`` lays
    the page out with the text's own spacing (column gaps), as the entity bench does."""
    from redaction.entities import Mention
    from redaction.entity_resolution import document_entities
    from redaction.name_mentions import name_finder_mentions

    page = spaced_page(text) if spaced else page_of(text)
    spans = []
    for kind, said, label in tagged:
        start = page.text.index(said)
        spans.append(Mention(kind, label, said, 1, start, start + len(said), [], "", []))
    found = [(m.kind, m.text, m.label) for m in name_finder_mentions([page], spans)]
    return document_entities([*found, *tagged])
