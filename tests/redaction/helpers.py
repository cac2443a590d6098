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
