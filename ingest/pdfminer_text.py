"""Text in reading order and every word with its box, page by page, with pdfminer.six.

The reader for pages the fast path (:mod:`ingest.pdfium_text`) leaves alone, and for
documents pdfium cannot open. Boxes are in PDF points with the origin at the top-left of the
page as displayed: the crop box and /Rotate are applied, matching :mod:`ingest.render`'s
images. Layout analysis runs in the orientation in which the page's text reads left to
right, so sideways text still comes out as words and lines. Text shown by annotations and
form fields (their appearance streams) is extracted too, because a viewer shows it. Pages
are read one at a time, walking the page tree once, so a 5,000-page bundle needs the memory
of about one page.
"""

from __future__ import annotations

import logging
import math
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ingest import geometry, pdfminer_fixes
from ingest.geometry import Matrix
from ingest.pages import Page, build_page

log = logging.getLogger(__name__)

CACHE_RESET_PAGES = 50     # drop pdfminer's object cache this often: bounded memory


class ExtractError(RuntimeError):
    """The document cannot be opened for extraction (damaged, encrypted, ...)."""


@dataclass
class _Stats:
    image_area: float = 0.0


def _laparams():  # noqa: ANN202
    from pdfminer.layout import LAParams

    # boxes_flow orders text boxes so columns read one after the other; all_texts reads text
    # inside Form XObjects (and so inside annotation appearances) too.
    return LAParams(line_margin=0.5, word_margin=0.1, char_margin=2.0, boxes_flow=0.5,
                    detect_vertical=False, all_texts=True)


def _device_class():  # noqa: ANN202
    from pdfminer.converter import PDFPageAggregator

    class Aggregator(PDFPageAggregator):
        """Writes glyphs with no Unicode mapping as U+FFFD (one character), not (cid:N)."""

        def handle_undefined_char(self, font, cid: int) -> str:  # noqa: ANN001
            return "\ufffd"

    return Aggregator


class _Extractor:
    """One open document: pdfminer's parser, resources and device, reused page to page."""

    def __init__(self, fh, password: str | None) -> None:  # noqa: ANN001
        from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFParser

        pdfminer_fixes.apply()
        try:
            self.doc = PDFDocument(PDFParser(fh), password=password or "", caching=True)
        except PDFPasswordIncorrect as exc:
            raise ExtractError("Password required: the PDF is encrypted and no (or the "
                               "wrong) password was given.") from exc
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on bad files
            raise ExtractError(f"The PDF cannot be read for extraction ({exc}).") from exc
        self.laparams = _laparams()
        self.reset()

    def reset(self) -> None:
        """Fresh resources and device: after a failed page (the device may be left inside a
        figure) and now and then, as pdfminer keeps every font it has seen."""
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

        self.manager = PDFResourceManager(caching=True)
        self.device = _device_class()(self.manager, laparams=None)
        self.interpreter = PDFPageInterpreter(self.manager, self.device)

    def pages(self) -> Iterator[object]:
        from pdfminer.pdfpage import PDFPage

        return PDFPage.create_pages(self.doc)

    def forget_objects(self) -> None:
        """pdfminer caches every object and font it resolves; let go of them between pages."""
        for cache in ("_cached_objs", "_parsed_objs"):
            held = getattr(self.doc, cache, None)
            if isinstance(held, dict):
                held.clear()
        self.reset()

    def layout(self, pdf_page, ctm: Matrix):  # noqa: ANN001, ANN201
        """Run the page (and its annotation appearances) with ``ctm``; no analysis yet."""
        self.device.begin_page(pdf_page, ctm)
        self.interpreter.render_contents(pdf_page.resources, pdf_page.contents, ctm=ctm)
        for resources, stream, matrix in _appearances(pdf_page):
            try:
                self.interpreter.render_contents(resources or pdf_page.resources, [stream],
                                                 ctm=geometry.mult(matrix, ctm))
            except Exception as exc:  # noqa: BLE001 - a broken annotation must not lose the page
                log.warning("annotation appearance skipped: %s", exc)
        # end_page without laparams does no analysis; we decide the orientation first.
        self.device.end_page(pdf_page)
        return self.device.get_result()


def _appearances(pdf_page) -> Iterator[tuple[dict | None, object, Matrix]]:  # noqa: ANN001
    """(resources, stream, matrix to user space) for each visible annotation appearance."""
    from pdfminer.pdftypes import PDFStream, resolve1

    annots = resolve1(pdf_page.annots)
    if not isinstance(annots, list):
        return
    for ref in annots:
        annot = resolve1(ref)
        if not isinstance(annot, dict):
            continue
        subtype = getattr(resolve1(annot.get("Subtype")), "name", "")
        flags = resolve1(annot.get("F")) or 0
        if subtype == "Popup" or (isinstance(flags, int) and flags & (2 | 32)):
            continue  # hidden or NoView
        ap = resolve1(annot.get("AP"))
        normal = resolve1(ap.get("N")) if isinstance(ap, dict) else None
        if isinstance(normal, dict) and not isinstance(normal, PDFStream):
            state = getattr(resolve1(annot.get("AS")), "name", None)
            normal = resolve1(normal.get(state)) if state else None
        if not isinstance(normal, PDFStream):
            continue
        try:
            rect = geometry.normalise([float(resolve1(v)) for v in resolve1(annot["Rect"])])
            bbox = geometry.normalise([float(resolve1(v)) for v in resolve1(normal["BBox"])])
            form = resolve1(normal.get("Matrix")) or [1, 0, 0, 1, 0, 0]
            form_matrix = tuple(float(resolve1(v)) for v in form)
        except (KeyError, TypeError, ValueError):
            continue
        yield resolve1(normal.get("Resources")), normal, geometry.appearance_matrix(
            form_matrix, bbox, rect)  # type: ignore[arg-type]


def _field_values(pdf_page, to_display: Matrix, width: float,  # noqa: ANN001
                  height: float) -> list[list[tuple[str, float, float, float, float]]]:
    """Values of form fields that have no appearance stream to draw them (viewers draw the
    value themselves): each value as a line of words spread over the field's box, so a
    name typed into a form is found by search and by the redaction engine."""
    from pdfminer.pdftypes import PDFStream, resolve1

    annots = resolve1(pdf_page.annots)
    lines: list[list[tuple[str, float, float, float, float]]] = []
    for ref in annots if isinstance(annots, list) else []:
        annot = resolve1(ref)
        if not isinstance(annot, dict) or getattr(resolve1(annot.get("Subtype")), "name",
                                                  "") != "Widget":
            continue
        ap = resolve1(annot.get("AP"))
        if isinstance(ap, dict) and isinstance(resolve1(ap.get("N")), PDFStream):
            continue  # drawn by its appearance, read with the page's other text
        field, value, kind = annot, None, None
        for _ in range(10):  # a widget inherits value and type from its parent fields
            value = value if value is not None else resolve1(field.get("V"))
            kind = kind or getattr(resolve1(field.get("FT")), "name", None)
            parent = resolve1(field.get("Parent"))
            if not isinstance(parent, dict):
                break
            field = parent
        if kind not in ("Tx", "Ch") or not isinstance(value, bytes | str):
            continue
        text = _decode_text(value)
        try:
            rect = [float(resolve1(v)) for v in resolve1(annot["Rect"])]
        except (KeyError, TypeError, ValueError):
            continue
        x0, y0, x1, y1 = geometry.apply_rect(to_display, geometry.normalise(rect))
        top, bottom = max(0.0, height - y1), min(height, height - y0)
        chars = max(1, len(text))
        step = max(0.0, min(x1, width) - max(0.0, x0)) / chars
        words, pos = [], 0
        for word in text.split():
            at = text.index(word, pos)
            pos = at + len(word)
            words.append((word, max(0.0, x0) + at * step, top, max(0.0, x0) + pos * step,
                          bottom))
        if words:
            lines.append(words)
    return lines


def _decode_text(value: bytes | str) -> str:
    """A PDF text string: UTF-16 with a byte order mark, else PDFDocEncoding."""
    if isinstance(value, str):
        return value
    from pdfminer.utils import decode_text

    return decode_text(value)


def _dominant_angle(layout) -> int:  # noqa: ANN001
    """The direction most glyphs run in (0, 90, 180, 270 degrees, counter-clockwise)."""
    from pdfminer.layout import LTChar, LTContainer

    votes: Counter[int] = Counter()
    stack = [layout]
    while stack:
        for item in stack.pop():
            if isinstance(item, LTChar):
                a, b = item.matrix[0], item.matrix[1]
                if b == 0:  # the common case, upright or upside down, without trigonometry
                    votes[0 if a >= 0 else 180] += 1
                else:
                    votes[round(math.degrees(math.atan2(b, a)) / 90) % 4 * 90] += 1
            elif isinstance(item, LTContainer):
                stack.append(item)
    if not votes:
        return 0
    angle, count = votes.most_common(1)[0]
    return angle if count >= 0.6 * sum(votes.values()) else 0


def _collect(layout, to_display: Matrix, width: float, height: float, lines: list,  # noqa: ANN001
             stats: _Stats) -> None:
    """Lines of words in reading order, boxes mapped to the displayed page."""
    from pdfminer.layout import LTFigure, LTImage, LTTextBox, LTTextLine

    for element in layout:
        if isinstance(element, LTTextBox):
            for line in element:
                if isinstance(line, LTTextLine):
                    _add_line(line, to_display, width, height, lines)
        elif isinstance(element, LTTextLine):
            _add_line(element, to_display, width, height, lines)
        elif isinstance(element, LTImage):
            stats.image_area += _visible_area(element.bbox, to_display, width, height)
        elif isinstance(element, LTFigure):
            _collect(element, to_display, width, height, lines, stats)


def _visible_area(bbox, to_display: Matrix, width: float, height: float) -> float:  # noqa: ANN001
    x0, y0, x1, y1 = geometry.apply_rect(to_display, bbox)
    return max(0.0, min(x1, width) - max(x0, 0.0)) * max(0.0, min(y1, height) - max(y0, 0.0))


def _add_line(line, to_display: Matrix, width: float, height: float, lines: list) -> None:  # noqa: ANN001
    from pdfminer.layout import LTChar

    words: list[tuple[str, float, float, float, float]] = []
    chars: list = []

    def flush() -> None:
        if not chars:
            return
        text = "".join("".join(t for t, _ in chars).split())  # ligatures may carry spaces
        if text:
            first = chars[0][1]
            bx0, by0, bx1, by1 = first.x0, first.y0, first.x1, first.y1
            for _, c in chars:  # one pass for the box (this runs for every word)
                if c.x0 < bx0:
                    bx0 = c.x0
                if c.y0 < by0:
                    by0 = c.y0
                if c.x1 > bx1:
                    bx1 = c.x1
                if c.y1 > by1:
                    by1 = c.y1
            x0, y0, x1, y1 = geometry.apply_rect(to_display, (bx0, by0, bx1, by1))
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if 0 <= cx <= width and 0 <= cy <= height:  # outside the crop box is not shown
                # Display space is y-up here; the page's words use a top-left origin.
                words.append((text, max(0.0, x0), max(0.0, height - y1), min(width, x1),
                              min(height, height - y0)))
        chars.clear()

    for item in line:
        if isinstance(item, LTChar):
            glyph = item.get_text()
            if not glyph.isspace():
                chars.append((glyph, item))
                continue
        flush()
    flush()
    if words:
        lines.append(words)


def _extract_one(ex: _Extractor, pdf_page, number: int) -> tuple[Page, float]:  # noqa: ANN001
    rotate = geometry.normal_rotation(getattr(pdf_page, "rotate", 0))
    crop = geometry.visible_box(pdf_page.mediabox, pdf_page.cropbox)
    to_display_up, width, height = geometry.display_matrix(crop, rotate)
    layout = ex.layout(pdf_page, to_display_up)
    angle = _dominant_angle(layout)
    to_display: Matrix = geometry.IDENTITY
    if angle:
        # Analyse in the orientation where the text runs left to right, then map back.
        turn = geometry.turn_matrix(-angle, width, height)
        layout = ex.layout(pdf_page, geometry.mult(to_display_up, turn))
        to_display = geometry.invert(turn)
    layout.analyze(ex.laparams)
    lines: list = []
    stats = _Stats()
    _collect(layout, to_display, width, height, lines, stats)
    lines += _field_values(pdf_page, to_display_up, width, height)
    return build_page(number, width, height, False, lines), stats.image_area


def _displayed_size(pdf_page) -> tuple[float, float]:  # noqa: ANN001
    if pdf_page is None:
        return 595.28, 841.89
    try:
        crop = geometry.visible_box(pdf_page.mediabox, pdf_page.cropbox)
        _, width, height = geometry.display_matrix(
            crop, geometry.normal_rotation(getattr(pdf_page, "rotate", 0)))
        return width, height
    except Exception:  # noqa: BLE001 - fall back to A4 for a page too broken to measure
        return 595.28, 841.89


class PdfminerReader:
    """pdfminer.six over one document, opened on first use (or by :meth:`open`) and read
    in page order: its page tree is walked once, whichever pages are asked for."""

    def __init__(self, path: str | os.PathLike, password: str | None = None) -> None:
        self._path, self._password = path, password
        self._fh = None
        self._ex: _Extractor | None = None
        self._walk: Iterator[object] | None = None
        self._at, self._current = 0, None

    def open(self) -> None:
        """Open the document now; ExtractError says why it cannot be read."""
        if self._ex is None:
            self._fh = open(self._path, "rb")  # noqa: SIM115 - closed by close()
            self._ex = _Extractor(self._fh, self._password)
            self._walk = iter(self._ex.pages())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = self._ex = self._walk = self._current = None

    def __enter__(self) -> PdfminerReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _seek(self, number: int) -> object | None:
        """pdfminer's page ``number`` (never an earlier one than the last), or None past the
        end. pdfminer keeps every object and font it has resolved: they are let go of every
        ``CACHE_RESET_PAGES`` pages."""
        self.open()
        if number < self._at:
            raise ValueError("pages are read in order")
        while self._at < number:
            self._current = next(self._walk, None)  # type: ignore[arg-type]
            if self._current is None:
                self._at = number
                return None
            self._at += 1
            if self._at > 1 and (self._at - 1) % CACHE_RESET_PAGES == 0:
                self._ex.forget_objects()  # type: ignore[union-attr]
        return self._current

    def has_page(self, number: int) -> bool:
        return self._seek(number) is not None

    def read(self, number: int) -> tuple[Page, float]:
        """Page ``number`` and the area its pictures cover; raises what pdfminer raises
        on a page it cannot interpret (IndexError past the last page)."""
        pdf_page = self._seek(number)
        if pdf_page is None:
            raise IndexError(f"pdfminer finds no page {number}")
        try:
            return _extract_one(self._ex, pdf_page, number)  # type: ignore[arg-type]
        except Exception:
            self._ex.reset()  # type: ignore[union-attr]
            raise

    def displayed_size(self, number: int) -> tuple[float, float]:
        """The page's size as shown; A4 for a page too broken to measure."""
        try:
            pdf_page = self._seek(number)
        except Exception:  # noqa: BLE001 - a broken page tree: the default size
            pdf_page = None
        return _displayed_size(pdf_page)

