"""Irreversible application of redactions.

Each page is rasterised, the redaction boxes are painted opaque over the pixels (so the
pixels underneath no longer exist), the code or cipher is written in each box, and a
new PDF is written from the images alone plus an invisible text layer made only of the
words that lie outside every box.  Nothing of the original file's structure survives:
no metadata, annotations, forms, attachments, scripts, outlines or earlier revisions.

The writer is a small streaming PDF serialiser, so memory stays bounded by one page and
the bytes depend only on the input pages and the decisions (no clock, fixed /ID derived
from the content, deterministic JPEG and zlib).  Output goes to a temporary file that is
renamed into place only after every page succeeded.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import math
import os
import statistics
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageChops, ImageDraw, ImageFont

from ingest.pages import Page, Word
from ingest.render import MAX_PIXELS, REOPEN_EVERY, fit_dpi

Box = tuple[float, float, float, float]
DEFAULT_DPI = 150


class RedactionLike(Protocol):
    page: int
    boxes: list[Box]
    label: str


@dataclass(frozen=True)
class BoxStyle:
    """How boxes are drawn: widths rounded up to ``unit`` so a name's length is hidden.

    A box starts at the redacted text's left edge (which the word before it gives away
    anyway) and is ``unit``-rounded to the right, so its edges say nothing more than the
    rounding bucket; a centred box would give away the exact width through its centre.
    Where the next word on the line starts sooner, the box stops at least ``pad`` short of
    it on a ``grid``-point step (the neighbour's letters stay whole and apart from the box,
    and the edge says no more than the visible neighbour does).
    """

    unit: float = 12.0
    min_width: float = 30.0
    pad: float = 1.5
    grid: float = 3.0
    fill: str = "black"
    ink: str = "white"


@dataclass
class ApplyResult:
    path: Path
    page_count: int
    sha256: str
    painted: dict[int, list[tuple[Box, str]]] = field(default_factory=dict)


class ApplyError(RuntimeError):
    """The input could not be rendered or the output could not be written."""


def painted_box(box: Box, page_w: float, page_h: float, style: BoxStyle = BoxStyle(),
                limit: float | None = None) -> Box:
    """The box actually painted for a word box: padded, width rounded, on the page.

    ``limit`` is where the next surviving word on the line starts.
    """
    x0, y0, x1, y1 = box
    nx0 = max(0.0, x0 - style.pad)
    right = nx0 + max(style.min_width,
                      math.ceil((x1 + style.pad - nx0) / style.unit) * style.unit)
    if limit is not None and limit - style.pad < right:
        right = nx0 + math.floor((limit - style.pad - nx0) / style.grid) * style.grid
        if right < x1 + 0.3:
            right = max(x1 + 0.3, (x1 + limit) / 2)  # words set tight: the gap's middle
    if right > page_w:
        nx0, right = max(0.0, nx0 - (right - page_w)), page_w
    return (nx0, max(0.0, y0 - style.pad), right, min(page_h, y1 + style.pad))


def painted_boxes(redactions: Sequence[RedactionLike], page_w: float, page_h: float,
                  style: BoxStyle = BoxStyle(), page: Page | None = None
                  ) -> list[tuple[Box, str]]:
    """(painted box, label) for one page's redactions; with the page's words, boxes stop
    short of the next surviving word on their line."""
    boxes = [(b, r.label) for r in redactions for b in r.boxes]
    if page is None:
        return [(painted_box(b, page_w, page_h, style), label) for b, label in boxes]
    raw = [b for b, _ in boxes]
    free = [w for w in page.words if not any(covered_fraction((w.x0, w.y0, w.x1, w.y1), b)
                                             > 0.15 for b in raw)]
    out = []
    for b, label in boxes:
        yc = (b[1] + b[3]) / 2
        nxt = [w.x0 for w in free if w.y0 <= yc <= w.y1 and w.x0 >= b[2] - 0.5]
        out.append((painted_box(b, page_w, page_h, style, min(nxt) if nxt else None), label))
    return out


def covered_fraction(word: Box, box: Box) -> float:
    """Share of ``word``'s area that lies under ``box``."""
    w = max(0.0, min(word[2], box[2]) - max(word[0], box[0]))
    h = max(0.0, min(word[3], box[3]) - max(word[1], box[1]))
    area = max((word[2] - word[0]) * (word[3] - word[1]), 1e-6)
    return w * h / area


def surviving_words(
    page: Page, boxes: Sequence[Box], spans: Iterable[tuple[int, int]] = ()
) -> list[Word]:
    """Words outside every redacted character range and every redaction box.

    ``boxes`` are the decisions' boxes before width normalisation: a neighbouring word
    clipped by a widened box was not redacted and stays searchable.  A word more than
    15% under a decision's box goes, which covers boxes drawn by hand with no text span.
    """
    spans = list(spans)
    out = []
    for w in page.words:
        wb = (w.x0, w.y0, w.x1, w.y1)
        if any(covered_fraction(wb, b) > 0.15 for b in boxes):
            continue
        if any(w.start < e and s < w.end for s, e in spans):
            continue
        out.append(w)
    return out


@lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.ImageFont:
    for name in (
        "DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "LiberationSans-Bold.ttf",
    ):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _paint(
    img: Image.Image, boxes: list[tuple[Box, str]], sx: float, sy: float, style: BoxStyle
) -> None:
    draw = ImageDraw.Draw(img)
    for (x0, y0, x1, y1), _ in boxes:
        draw.rectangle(
            [math.floor(x0 * sx), math.floor(y0 * sy), math.ceil(x1 * sx), math.ceil(y1 * sy)],
            fill=style.fill,
        )
    for (x0, y0, x1, y1), label in boxes:
        bw, bh = (x1 - x0) * sx, (y1 - y0) * sy
        size = max(6, int(bh * 0.7))
        while size > 6 and draw.textlength(label, font=_font(size)) > bw - 4:
            size -= 1
        font = _font(size)
        tw = draw.textlength(label, font=font)
        if tw > bw - 2:
            continue  # too small for a readable label; the box alone is still opaque
        draw.text(
            ((x0 * sx + x1 * sx - tw) / 2, (y0 + y1) / 2 * sy),
            label,
            fill=style.ink,
            font=font,
            anchor="lm",
        )


def _encode(img: Image.Image, quality: int) -> tuple[bytes, str]:
    rgb = img.convert("RGB")
    r, g, b = rgb.split()
    grey = (
        ImageChops.difference(r, g).getbbox() is None
        and ImageChops.difference(g, b).getbbox() is None
    )
    out = io.BytesIO()
    (r if grey else rgb).save(out, "JPEG", quality=quality, optimize=False, progressive=False)
    return out.getvalue(), "DeviceGray" if grey else "DeviceRGB"


def _pdf_string(text: str) -> bytes:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_layer_positions(
    words: Sequence[Word], painted: Sequence[Box], page_text: str | None = None
) -> list[tuple[Word, float, float]]:
    """Where each surviving word goes in the invisible text layer: ``(word, x0, x1)``.

    Exact positions would undo the rounding of box widths: the gap between the words either
    side of a box gives the redacted text's width to a hundredth of a point. So on a line
    with boxes, words are laid out from public facts only (the start of the line, the
    painted boxes and a standard font's widths): the word before a box ends one space
    before it, the word after starts one space after it, and the gap across every box is
    its painted width plus two spaces. Lines without boxes keep their exact positions.

    With ``page_text`` (the source page's text, whose offsets the words carry) the lines
    are the source's own, set on one baseline each: words of a skewed scan otherwise drift
    from line to line and readers of the output join them in the wrong order.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[tuple[Word, float, float]] = []
    lines = _lines(words) if page_text is None else _source_lines(words, page_text)
    for line in lines:
        ys = sorted((w.y0 + w.y1) / 2 for w in line)
        yc = ys[len(ys) // 2]
        boxes = sorted((b for b in painted if b[1] <= yc <= b[3]), key=lambda b: b[0])
        if not boxes:
            out += [(w, w.x0, w.x1) for w in line]
            continue
        hs = sorted(max(w.y1 - w.y0, 1.0) for w in line)
        space = stringWidth(" ", "Helvetica", hs[len(hs) // 2])
        centres = [(b[0] + b[2]) / 2 for b in boxes]
        segments: list[list[Word]] = [[] for _ in range(len(boxes) + 1)]
        for w in line:
            segments[sum(c < (w.x0 + w.x1) / 2 for c in centres)].append(w)
        for k, seg in enumerate(segments):
            if not seg:
                continue
            natural = [stringWidth(w.text, "Helvetica", max(w.y1 - w.y0, 1.0)) or 1.0
                       for w in seg]
            total = sum(natural) + space * (len(seg) - 1)
            # a word far from a box is in another column of a table: where it stands says
            # nothing of the redacted text's width, and moving it would jumble the columns
            after = k > 0 and seg[0].x0 <= boxes[k - 1][2] + _NEAR
            before = k < len(boxes) and boxes[k][0] <= seg[-1].x1 + _NEAR
            if not after and not before:
                out += [(w, w.x0, w.x1) for w in seg]
                continue
            left = boxes[k - 1][2] + space if after else seg[0].x0
            if before:
                scale = max(boxes[k][0] - space - left, 0.05 * total) / total
            else:
                scale = 1.0
            x = left
            for w, nat in zip(seg, natural, strict=True):
                out.append((w, x, x + nat * scale))
                x += (nat + space) * scale
    return out


def with_labels(placed: list[tuple[Word, float, float]],
                painted: Sequence[tuple[Box, str]]) -> list[tuple[Word, float, float]]:
    """The text layer in reading order, with each box's label where its words were.

    The label sits on the baseline of the line it crosses, so readers keep the line
    together and a search shows where something was redacted.
    """
    rows: list[tuple[float, float, list[tuple[Word, float, float]]]] = []  # y0, y1, items
    for item in placed:  # placed comes line by line
        w = item[0]
        if rows and abs(rows[-1][1] - w.y1) < 0.5 and rows[-1][0] == w.y0:
            rows[-1][2].append(item)
        else:
            rows.append((w.y0, w.y1, [item]))
    loose: list[tuple[Word, float, float]] = []
    for box, label in painted:
        yc = (box[1] + box[3]) / 2
        near = [r for r in rows if box[1] <= (r[0] + r[1]) / 2 <= box[3]]
        if near:
            row = min(near, key=lambda r: abs((r[0] + r[1]) / 2 - yc))
            row[2].append((Word(f"[{label}]", box[0], row[0], box[2], row[1]), box[0], box[2]))
        else:
            loose.append((Word(f"[{label}]", *box), box[0], box[2]))
    out = [item for _, _, items in rows for item in sorted(items, key=lambda p: p[1])]
    if loose:  # a box over a whole line: between the lines around it
        out += loose
        out.sort(key=lambda p: (round(p[0].y0 / 4), p[1]))
    return out


# farther than a box's rounding (12 pt) and a few spaces from a box: not its neighbour
_NEAR = 24.0


def _source_lines(words: Sequence[Word], page_text: str) -> list[list[Word]]:
    """Words grouped by the source text's lines, left to right, each line on its median
    baseline and height (the extraction's reading order, not re-guessed from positions)."""
    breaks = [i for i, c in enumerate(page_text) if c == "\n"]
    by_line: dict[int, list[Word]] = {}
    for w in words:
        by_line.setdefault(bisect.bisect_right(breaks, w.start), []).append(w)
    out = []
    for _, line in sorted(by_line.items()):
        for row in _visual_rows(sorted(line, key=lambda w: w.start)):
            y1 = statistics.median(w.y1 for w in row)
            h = statistics.median(w.y1 - w.y0 for w in row)
            out.append(sorted((replace(w, y0=y1 - h, y1=y1) for w in row),
                              key=lambda w: w.x0))
    return out


def _visual_rows(words: list[Word]) -> list[list[Word]]:
    """One source line cut where it wraps: a table cell read as one line ("Committed to
    Bolton / Crown Court") goes back to the left and down a line; a skewed line only
    drifts."""
    rows: list[list[Word]] = []
    for w in words:
        if rows:
            prev = rows[-1][-1]
            h = max(min(w.y1 - w.y0, prev.y1 - prev.y0), 1.0)
            if w.x0 < prev.x0 - 1 and abs((w.y0 + w.y1) - (prev.y0 + prev.y1)) / 2 > 0.5 * h:
                rows.append([w])
                continue
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into lines by their vertical centres, each line left to right."""
    lines: list[tuple[float, float, list[Word]]] = []
    for w in sorted(words, key=lambda w: ((w.y0 + w.y1) / 2, w.x0)):
        yc, h = (w.y0 + w.y1) / 2, w.y1 - w.y0
        if lines and abs(yc - lines[-1][0]) < max(1.0, 0.5 * min(h, lines[-1][1])):
            lines[-1][2].append(w)
        else:
            lines.append((yc, h, [w]))
    return [sorted(ws, key=lambda w: w.x0) for _, _, ws in lines]


def _text_layer(placed: Sequence[tuple[Word, float, float]], page_h: float) -> bytes:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not placed:
        return b""
    ops = [b"BT 3 Tr /F1 1 Tf"]
    for w, x0, x1 in placed:
        h = max(w.y1 - w.y0, 1.0)
        natural = stringWidth(w.text, "Helvetica", h) or h
        hs = max((x1 - x0) / natural, 0.01)
        base = page_h - w.y1 + 0.2 * h
        ops.append(
            b"%.3f 0 0 %.3f %.2f %.2f Tm %s Tj" % (h * hs, h, x0, base, _pdf_string(w.text))
        )
    ops.append(b"ET")
    return b"\n".join(ops)


class _Writer:
    """Sequential PDF writer: objects go straight to disk, offsets kept for the xref."""

    def __init__(self, fh, n_pages: int):
        self.fh, self.n = fh, n_pages
        self.offsets: dict[int, int] = {}
        self.pos = 0
        self.md5 = hashlib.md5(usedforsecurity=False)
        self._write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self.fh.write(data)
        self.md5.update(data)
        self.pos += len(data)

    def obj(self, num: int, body: bytes, stream: bytes | None = None) -> None:
        self.offsets[num] = self.pos
        if stream is None:
            self._write(b"%d 0 obj\n%s\nendobj\n" % (num, body))
        else:
            self._write(b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (num, body, stream))

    def finish(self) -> None:
        kids = b" ".join(b"%d 0 R" % (4 + 3 * i) for i in range(self.n))
        self.obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, self.n))
        self.obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        self.obj(
            3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        )
        size = 4 + 3 * self.n
        xref = self.pos
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        lines += [b"%010d 00000 n \n" % self.offsets[i] for i in range(1, size)]
        digest = self.md5.hexdigest().encode()
        self._write(b"".join(lines))
        self._write(
            b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, digest, digest, xref)
        )

    def page(
        self, i: int, w: float, h: float, jpeg: bytes, colour: str, px: tuple[int, int], text: bytes
    ) -> None:
        p, c, im = 4 + 3 * i, 5 + 3 * i, 6 + 3 * i
        content = b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q\n" % (w, h) + text
        body = zlib.compress(content, 6)
        self.obj(
            p,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.4f %.4f] /Contents %d 0 R "
            b"/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 3 0 R >> >> >>" % (w, h, c, im),
        )
        self.obj(c, b"<< /Length %d /Filter /FlateDecode >>" % len(body), body)
        self.obj(
            im,
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>"
            % (px[0], px[1], colour.encode(), len(jpeg)),
            jpeg,
        )


def apply_redactions(
    in_path: str | Path,
    out_path: str | Path,
    redactions: Sequence[RedactionLike],
    pages: Sequence[Page] | Callable[[int], Page | None] | None = None,
    *,
    dpi: int = DEFAULT_DPI,
    style: BoxStyle = BoxStyle(),
    quality: int = 80,
    password: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    max_pixels: int = MAX_PIXELS,
) -> ApplyResult:
    """Write a flattened, redacted copy of ``in_path`` to ``out_path``.

    ``pages`` (from extraction, same numbering from 1) supply the words for the
    invisible text layer; without them the output has no text layer at all. A callable
    ``pages(number)`` loads one page at a time, so memory stays flat on long documents.
    ``progress("apply", done, total)`` is called after each page.
    """
    import pypdfium2 as pdfium

    in_path, out_path = Path(in_path), Path(out_path)
    by_page: dict[int, list[RedactionLike]] = {}
    for r in redactions:
        by_page.setdefault(int(r.page), []).append(r)
    if callable(pages):
        page_for = pages
    else:
        page_map = {p.number: p for p in pages or ()}
        page_for = page_map.get
    try:
        doc = pdfium.PdfDocument(str(in_path), password=password)
    except Exception as exc:  # pdfium raises its own error types
        raise ApplyError(f"{in_path}: cannot open PDF: {exc}") from exc
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    result = ApplyResult(out_path, len(doc), "")
    try:
        unknown = sorted(n for n in by_page if not 1 <= n <= len(doc))
        if unknown:
            raise ApplyError(
                f"{in_path}: redactions for pages {unknown} but the PDF has {len(doc)} pages"
            )
        with open(tmp, "wb") as fh:
            writer = _Writer(fh, len(doc))
            for i in range(result.page_count):
                number = i + 1
                if i and i % REOPEN_EVERY == 0:  # pdfium keeps what it decoded until closed
                    doc.close()
                    doc = pdfium.PdfDocument(str(in_path), password=password)
                pg = doc[i]
                w, h = pg.get_size()
                scale = fit_dpi(w, h, dpi, max_pixels) / 72  # an oversize page: fewer dpi
                img = pg.render(scale=scale, draw_annots=False, may_draw_forms=False).to_pil()
                pg.close()
                source = page_for(number)
                painted = painted_boxes(by_page.get(number, []), w, h, style, source)
                _paint(img, painted, img.width / w, img.height / h, style)
                result.painted[number] = painted
                words: list[Word] = []
                page_text = None
                if source is not None:
                    mine = by_page.get(number, [])
                    spans = [(r.start, r.end) for r in mine if hasattr(r, "start")]
                    # the decision's own boxes, not the widened ones: widening is cosmetic
                    words = surviving_words(source, [b for r in mine for b in r.boxes], spans)
                    page_text = source.text
                    del source
                placed = text_layer_positions(words, [b for b, _ in painted], page_text)
                placed = with_labels(placed, painted)
                jpeg, colour = _encode(img, quality)
                writer.page(i, w, h, jpeg, colour, img.size, _text_layer(placed, h))
                del img
                if progress is not None:
                    progress("apply", number, result.page_count)
            writer.finish()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        doc.close()
    with open(out_path, "rb") as fh:  # streamed: the output may be gigabytes
        result.sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
    return result


def preview_page(
    in_path: str | Path,
    number: int,
    redactions: Sequence[RedactionLike],
    *,
    dpi: int = 110,
    style: BoxStyle = BoxStyle(),
    password: str | None = None,
    page: Page | None = None,
    max_pixels: int = MAX_PIXELS,
) -> bytes:
    """One page as PNG, painted exactly as :func:`apply_redactions` paints it (same boxes,
    widths and labels, given the same extracted ``page``): the reviewer's preview of the
    published page."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(in_path), password=password)
    try:
        if not 1 <= number <= len(doc):
            raise ApplyError(f"{in_path}: no page {number}")
        pg = doc[number - 1]
        w, h = pg.get_size()
        scale = fit_dpi(w, h, dpi, max_pixels) / 72
        img = pg.render(scale=scale, draw_annots=False, may_draw_forms=False).to_pil()
        pg.close()
    finally:
        doc.close()
    painted = painted_boxes([r for r in redactions if int(r.page) == number], w, h, style,
                            page)
    _paint(img, painted, img.width / w, img.height / h, style)
    out = io.BytesIO()
    img.convert("RGB").save(out, format="PNG", optimize=False)
    return out.getvalue()
