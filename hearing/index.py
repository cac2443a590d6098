"""A bundle's index (PDF and CSV) and the day's evidence list (CSV and JSON rows).

The index PDF is laid out here with reportlab in invariant mode (no dates, a fixed /ID), so
the same bundle gives the same bytes. Each row links to its document: inside the bundle, to
the document's first page (the rectangles are returned for :func:`hearing.stamp.build`);
in the index published on its own, to the bundle file at that page.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROWS_FIRST = 28
ROWS_NEXT = 38
PAGE = (595.28, 841.89)  # A4 portrait
LEFT, RIGHT, ROW = 40.0, 40.0, 18.0
# column: (heading, x offset from LEFT, width)
COLUMNS = (("Tab", 0, 28), ("URN", 30, 72), ("Title", 106, 200), ("Provider", 310, 110),
           ("Pages", 424, 90))


@dataclass(frozen=True)
class IndexEntry:
    tab: int
    tab_title: str
    urn: str
    title: str
    provider: str
    document_date: str
    pages: int
    first_stamp: str
    last_stamp: str
    bundle_page: int        # 1-based page of the bundle where the document starts
    published_key: str      # the published PDF in the publication store
    sha256: str


def index_page_count(entries: int) -> int:
    if entries <= ROWS_FIRST:
        return 1
    return 1 + -(-(entries - ROWS_FIRST) // ROWS_NEXT)


def _plain(text: str) -> str:
    """Text the standard fonts can draw (Windows-1252); anything else becomes '?'."""
    return text.encode("cp1252", "replace").decode("cp1252")


def _fit(text: str, width: float, font: str, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = _plain(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "...", font, size) > width:
        text = text[:-1]
    return text + "..."


def render_index_pdf(path: str | Path, *, bundle: str, title: str, hearing_date: str,
                     issue: int, entries: Sequence[IndexEntry],
                     link_for: Callable[[IndexEntry], str | None] | None = None
                     ) -> list[tuple[int, tuple[float, float, float, float], int]]:
    """Write the index; returns (page index, rect, entry index) for each row, for links
    to be added inside the bundle. ``link_for`` gives a URI link per row instead."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=PAGE, invariant=1, pageCompression=1)
    c.setTitle(_plain(f"Bundle {bundle}: index"))
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    rects: list[tuple[int, tuple[float, float, float, float], int]] = []
    width, height = PAGE
    pages = index_page_count(len(entries))
    i = 0
    for page in range(pages):
        y = height - 50
        if page == 0:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(LEFT, y, _fit(f"Hearing bundle {bundle}: {title}", width - 80,
                                       "Helvetica-Bold", 14))
            y -= 18
            c.setFont("Helvetica", 10)
            c.drawString(LEFT, y, _plain(f"Hearing date {hearing_date}. Issue {issue}. "
                                         f"{len(entries)} documents, "
                                         f"{sum(e.pages for e in entries)} pages."))
            y -= 26
        c.setFont("Helvetica-Bold", 9)
        for heading, dx, _w in COLUMNS:
            c.drawString(LEFT + dx, y, heading)
        y -= 4
        c.line(LEFT, y, width - RIGHT, y)
        y -= ROW - 4
        rows = ROWS_FIRST if page == 0 else ROWS_NEXT
        c.setFont("Helvetica", 8.5)
        for entry in entries[i:i + rows]:
            cells = (str(entry.tab), entry.urn, entry.title, entry.provider,
                     f"{entry.first_stamp} - {entry.last_stamp}")
            for (_h, dx, w), text in zip(COLUMNS, cells, strict=True):
                c.drawString(LEFT + dx, y, _fit(text, w, "Helvetica", 8.5))
            rect = (LEFT, y - 4, width - RIGHT, y + ROW - 6)
            uri = link_for(entry) if link_for else None
            if uri:
                c.linkURL(uri, rect, relative=0, thickness=0)
            rects.append((page, rect, i))
            y -= ROW
            i += 1
        c.setFont("Helvetica", 8)
        c.drawRightString(width - RIGHT, 30, f"Index page {page + 1} of {pages}")
        c.showPage()
    c.save()
    return rects


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet will not take for a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


INDEX_COLUMNS = ("tab", "tab_title", "urn", "title", "provider", "document_date", "pages",
                 "first_stamp", "last_stamp", "bundle_page", "link")


def write_index_csv(path: str | Path, entries: Sequence[IndexEntry],
                    link_for: Callable[[IndexEntry], str]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(INDEX_COLUMNS)
        for e in entries:
            row = {**asdict(e), "link": link_for(e)}
            out.writerow([_cell(row[k]) for k in INDEX_COLUMNS])


EVIDENCE_COLUMNS = ("urn", "title", "provider", "document_date", "pages", "published_pdf",
                    "sha256")


def evidence_rows(entries: Sequence[IndexEntry], link_for: Callable[[IndexEntry], str]
                  ) -> list[dict[str, object]]:
    """The day's evidence list: one row per document, in bundle order."""
    return [{"urn": e.urn, "title": e.title, "provider": e.provider,
             "document_date": e.document_date, "pages": e.pages,
             "published_pdf": link_for(e), "sha256": e.sha256} for e in entries]


def write_evidence_csv(path: str | Path, rows: Sequence[dict[str, object]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(EVIDENCE_COLUMNS)
        for row in rows:
            out.writerow([_cell(row[k]) for k in EVIDENCE_COLUMNS])
