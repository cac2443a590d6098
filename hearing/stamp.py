"""Building a stamped bundle: every page of every document, in order, with its stamp.

The stamp (``A/2/37`` or ``INQ000123/4``) goes at the foot of the page as displayed, on the
right. It never covers text: when the caller says where the page's words are and none is in
the stamp's place, the stamp goes there; otherwise (or when nothing is known) the page gets
a margin strip below it and the stamp goes in the strip. The output is deterministic: the
same inputs give the same bytes (no dates, an /ID made from the content).

Pages are copied with pikepdf as they are: nothing of a page is decoded or re-encoded; the
stamp is a content stream of its own wrapped around the page's own (``q ... Q``), with one
shared standard font. Source files are opened one at a time and kept open until the output
is written, which QPDF streams, so memory stays flat with the page count.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FONT = "Helvetica-Bold"
FONT_SIZE = 9.0
INSET = 18.0       # from the right edge and the foot of the page, in points
MARGIN = 24.0      # the strip added below a page whose foot holds text
PAD = 3.0          # clear space kept around the stamp

Box = tuple[float, float, float, float]  # x0, top, x1, bottom from the displayed top-left


@dataclass(frozen=True)
class SourceDocument:
    path: str
    stamps: Sequence[str]                       # one per page, in order
    occupied: Sequence[Sequence[Box]] | None = None  # per page: where its words are
    label: str = ""                             # the outline entry (URN and title)


@dataclass
class BuildResult:
    pages: int
    sha256: str
    first_pages: list[int] = field(default_factory=list)  # per document, 1-based, in output
    margins_added: int = 0


class StampError(ValueError):
    """A source that cannot be stamped; the message names it."""


def stamps_for(stamp_format: str, bundle: str, tabs: Sequence[Sequence[tuple[str, int]]]
               ) -> list[list[str]]:
    """Per document (tabs in order, documents in order), its pages' stamps.
    ``bundle_tab_page``: ``A/2/37``, pages counted within each tab from 1;
    ``urn_page``: ``INQ000123/4``, pages counted within each document."""
    out: list[list[str]] = []
    for t, documents in enumerate(tabs, start=1):
        page_in_tab = 0
        for urn, pages in documents:
            if stamp_format == "urn_page":
                out.append([f"{urn}/{p}" for p in range(1, pages + 1)])
            else:
                out.append([f"{bundle}/{t}/{page_in_tab + p}" for p in range(1, pages + 1)])
            page_in_tab += pages
    return out


def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, FONT_SIZE)


def _escape(text: str) -> bytes:
    safe = "".join(c if 32 <= ord(c) < 127 else "?" for c in text)
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("ascii")


def _num(value: float) -> bytes:
    return (f"{value:.3f}".rstrip("0").rstrip(".") or "0").encode()


def stamp_place(width: float, height: float, text: str) -> Box:
    """Where the stamp sits on a displayed page of this size, with its clear space."""
    w = _width(text)
    return (width - INSET - w - PAD, height - INSET - FONT_SIZE - PAD,
            width - INSET + PAD, height - INSET + PAD)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def needs_margin(width: float, height: float, text: str, occupied: Sequence[Box] | None
                 ) -> bool:
    if occupied is None:
        return True
    place = stamp_place(width, height, text)
    if place[0] < 0 or place[1] < 0:
        return True
    return any(_overlaps(place, box) for box in occupied)


def _to_user(rotate: int, box: Sequence[float], dx: float, dy: float) -> tuple[float, float]:
    """A point in displayed coordinates (from the displayed bottom-left) in user space."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if rotate == 90:
        return x0 + w - dy, y0 + dx
    if rotate == 180:
        return x0 + w - dx, y0 + h - dy
    if rotate == 270:
        return x0 + dy, y0 + h - dx
    return x0 + dx, y0 + dy


_MATRIX = {0: (1, 0, 0, 1), 90: (0, 1, -1, 0), 180: (-1, 0, 0, -1), 270: (0, -1, 1, 0)}


def _extend(rotate: int, box: list[float], margin: float) -> list[float]:
    """The box with a strip added below the displayed page."""
    x0, y0, x1, y1 = box
    return {0: [x0, y0 - margin, x1, y1], 90: [x0, y0, x1 + margin, y1],
            180: [x0, y0, x1, y1 + margin], 270: [x0 - margin, y0, x1, y1]}[rotate]


def stamp_page(pdf, page, font, text: str, occupied: Sequence[Box] | None) -> bool:  # noqa: ANN001
    """Stamp one page of ``pdf`` (a pikepdf page); returns whether a margin was added."""
    import pikepdf

    rotate = int(page.obj.get("/Rotate", 0)) % 360
    if rotate not in _MATRIX:
        rotate = 0
    media = [float(v) for v in page.mediabox]
    crop = [float(v) for v in page.obj["/CropBox"]] if "/CropBox" in page.obj else None
    box = [max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]),
           min(media[3], crop[3])] if crop else media
    box = [min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])]
    w, h = box[2] - box[0], box[3] - box[1]
    disp_w, disp_h = (h, w) if rotate in (90, 270) else (w, h)
    margin = needs_margin(disp_w, disp_h, text, occupied)
    if margin:
        box = _extend(rotate, box, MARGIN)
        page.obj["/MediaBox"] = pikepdf.Array(box)
        if crop:
            page.obj["/CropBox"] = pikepdf.Array(box)
        for name in ("/TrimBox", "/BleedBox", "/ArtBox"):
            if name in page.obj:
                del page.obj[name]
        baseline = (MARGIN - FONT_SIZE * 0.7) / 2
    else:
        baseline = INSET
    dx = disp_w - INSET - _width(text)
    ux, uy = _to_user(rotate, box, dx, baseline)
    a, b, c, d = _MATRIX[rotate]
    page.add_resource(font, pikepdf.Name.Font, pikepdf.Name("/InqStamp"), prefix="",
                      replace_existing=True)
    ops = (b"Q\nq BT /InqStamp " + _num(FONT_SIZE) + b" Tf 0 g 0 Tr "
           + b" ".join(_num(v) for v in (a, b, c, d, ux, uy)) + b" Tm ("
           + _escape(text) + b") Tj ET Q\n")
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(ops), prepend=False)
    return margin


def build(documents: Iterable[SourceDocument], out_path: str | Path,
          front: str | Path | None = None, outline: bool = True,
          front_links: Sequence[tuple[int, Sequence[float], int]] = ()) -> BuildResult:
    """Write the bundle: the ``front`` pages (the index) unstamped, then every document's
    pages stamped. A source whose page count differs from its stamps is refused.
    ``front_links``: (front page index, rect, document index): a link on the index to
    the document's first page."""
    import pikepdf

    out = pikepdf.new()
    opened = []
    font = out.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name("/" + FONT), Encoding=pikepdf.Name.WinAnsiEncoding))
    result = BuildResult(pages=0, sha256="")
    labels: list[tuple[str, int]] = []
    placed: list[tuple[SourceDocument, int]] = []
    try:
        if front is not None:
            src = pikepdf.open(front)
            opened.append(src)
            out.pages.extend(src.pages)
        for document in documents:
            try:
                src = pikepdf.open(document.path)
            except pikepdf.PdfError as exc:
                raise StampError(f"{document.label or document.path} cannot be read: "
                                 f"{exc}") from exc
            opened.append(src)
            if len(src.pages) != len(document.stamps):
                raise StampError(f"{document.label or document.path} has {len(src.pages)} "
                                 f"pages, not {len(document.stamps)}")
            start = len(out.pages)
            result.first_pages.append(start + 1)
            labels.append((document.label, start))
            out.pages.extend(src.pages)
            placed.append((document, start))
        pages = list(out.pages)  # once: each out.pages[i] walks the page tree again
        for document, start in placed:
            for i, text in enumerate(document.stamps):
                occupied = document.occupied[i] if document.occupied is not None else None
                if stamp_page(out, pages[start + i], font, text, occupied):
                    result.margins_added += 1
        for page_index, rect, target in front_links:
            if page_index >= len(out.pages) or target >= len(labels):
                continue
            dest = out.pages[labels[target][1]].obj
            annot = out.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                Rect=pikepdf.Array([float(v) for v in rect]), Border=pikepdf.Array([0, 0, 0]),
                Dest=pikepdf.Array([dest, pikepdf.Name.Fit])))
            holder = out.pages[page_index].obj
            if "/Annots" not in holder:
                holder["/Annots"] = pikepdf.Array()
            holder["/Annots"].append(annot)
        if outline and labels:
            with out.open_outline() as tree:
                for label, start in labels:
                    tree.root.append(pikepdf.OutlineItem(label or f"page {start + 1}", start))
        result.pages = len(out.pages)
        out.save(out_path, deterministic_id=True)
    finally:
        out.close()
        for src in opened:
            src.close()
    result.sha256 = sha256_file(out_path)
    return result


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
