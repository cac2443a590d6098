"""Words with boxes from pdfium's text page: the fast path of :mod:`ingest.extract`.

pdfium (C++, through pypdfium2) reads a page's characters several times faster than
pdfminer.six interprets them in Python, and a word costs three calls here whatever its
length. The redaction engine and the recall model were tuned on pdfminer's output, so the
rest follows pdfminer:

* words are pdfium's (it inserts a space where glyphs leave a gap, as poppler does, so a
  letter-spaced heading or a kerned word reads whole); a line is cut where pdfminer would
  cut it (a gap wider than ``CHAR_MARGIN`` glyphs, or a change of baseline);
* boxes run from the first glyph's origin to the last glyph's advance across, and from the
  baseline plus the font's descent to one font size above that up, as pdfminer draws them
  (pdfium's own loose box uses the font file's ascent and descent, so it is taller); the
  descent is the font descriptor's, or for a standard font named as such the metrics
  pdfminer ships with (a descriptor giving 0 is read from the font, below the baseline);
* the reading order is pdfminer's layout analysis, run on whole lines
  (:mod:`ingest.reading_order`), whatever order the file draws them in. Text inside form
  XObjects is ordered with the rest of the page (pdfminer puts it after the page's own).

A page this path would read differently from pdfminer is left to pdfminer (``read``
returns None): an annotation or form field that shows text, text that does not run left to
right on the displayed page, a Type 3 font, a glyph pdfium cannot map to Unicode, or a
page pdfium cannot load.
"""

from __future__ import annotations

import ctypes
import os
import re
import struct
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace

from ingest import geometry, reading_order
from ingest.pages import Page, StoredPage, build_page, pack_page

REOPEN_EVERY = 200  # pages: pdfium keeps what it decoded until the document is closed
_UPRIGHT_SLACK = 1e-3  # a text matrix this close to upright is upright
CHAR_MARGIN = 2.0  # pdfminer's char_margin: a wider gap between glyphs ends a line


# pdfminer's descents of the fonts it ships metrics for (pdfminer.fontmetrics.FONT_METRICS,
# per 1000 units; a test holds them equal). Not imported from there: importing pdfminer
# looks its version up among the installed packages, a third of a sandboxed child's start.
STANDARD_DESCENTS = {
    **dict.fromkeys(("Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique",
                     "CourierNew", "CourierNew,Italic", "CourierNew,Bold",
                     "CourierNew,BoldItalic"), -194.0),
    **dict.fromkeys(("Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique",
                     "Helvetica-Oblique", "Arial", "Arial,Italic", "Arial,Bold",
                     "Arial,BoldItalic"), -207.0),
    **dict.fromkeys(("Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman",
                     "TimesNewRoman", "TimesNewRoman,Italic", "TimesNewRoman,Bold",
                     "TimesNewRoman,BoldItalic"), -217.0),
    "Symbol": 0.0, "ZapfDingbats": 0.0,
}


class Unreadable(RuntimeError):
    """pdfium cannot open the document (pdfminer then reads it, or says why not)."""


class PdfiumReader:
    """One document open in pdfium, reopened every ``REOPEN_EVERY`` pages."""

    def __init__(self, path: str | os.PathLike, password: str | None = None) -> None:
        self._path, self._password = os.fspath(path), password
        self._doc = self._open()
        self._since_open = 0

    def _open(self):  # noqa: ANN202 - pypdfium2.PdfDocument
        import pypdfium2 as pdfium

        try:
            return pdfium.PdfDocument(self._path, password=self._password or None)
        except pdfium.PdfiumError as exc:
            raise Unreadable(str(exc)) from exc

    def __len__(self) -> int:
        return len(self._doc)

    def close(self) -> None:
        self._doc.close()

    def read(self, number: int, stored: bool = False) -> Page | StoredPage | None:
        """Page ``number`` (from 1), or None when pdfminer must read it (module docstring);
        ``stored``: in the form it is stored (:func:`ingest.pages.pack_page`)."""
        import pypdfium2 as pdfium

        if self._since_open >= REOPEN_EVERY:
            self._doc.close()
            self._doc = self._open()
            self._since_open = 0
        self._since_open += 1
        try:
            page = self._doc[number - 1]
        except (pdfium.PdfiumError, IndexError):
            return None
        try:
            if _shows_annotation_text(page):
                return None
            textpage = page.get_textpage()
            try:
                return _read_page(page, textpage, number, stored)
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            return None
        finally:
            page.close()


def _shows_annotation_text(page) -> bool:  # noqa: ANN001 - pypdfium2.PdfPage
    """Whether an annotation may show text: pdfium's text page leaves annotations out,
    while pdfminer reads their appearance streams and the values of form fields."""
    import pypdfium2.raw as c

    count = c.FPDFPage_GetAnnotCount(page)
    for i in range(count):
        annot = c.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            kind = c.FPDFAnnot_GetSubtype(annot)
            if kind == c.FPDF_ANNOT_POPUP or c.FPDFAnnot_GetFlags(annot) & (
                    c.FPDF_ANNOT_FLAG_HIDDEN | c.FPDF_ANNOT_FLAG_NOVIEW):
                continue
            if kind == c.FPDF_ANNOT_WIDGET or c.FPDFAnnot_GetAP(
                    annot, c.FPDF_ANNOT_APPEARANCEMODE_NORMAL, None, 0) > 2:
                return True
        finally:
            c.FPDFPage_CloseAnnot(annot)
    return False


def _page_text(textpage, count: int) -> str | None:  # noqa: ANN001
    """The page's characters, one per index, or None if pdfium's text does not line up
    with its characters one to one (then nothing is trusted)."""
    import pypdfium2.raw as c

    buffer = (ctypes.c_ushort * (count + 1))()
    got = c.FPDFText_GetText(textpage, 0, count, buffer)
    if got - 1 != count:
        return None
    text = bytes(memoryview(buffer).cast("B")[:2 * count]).decode("utf-16-le", "replace")
    return text if len(text) == count else None


@cache
def _api() -> SimpleNamespace:
    """The calls made for every word, bound to plain addresses: pypdfium2's own bindings
    wrap each argument and result, which costs more than the call itself here."""
    import pypdfium2.raw as c

    def bind(name: str, restype: object, *argtypes: object):  # noqa: ANN202
        address = ctypes.cast(getattr(c, name), ctypes.c_void_p).value
        return ctypes.CFUNCTYPE(restype, *argtypes)(address)

    vp, i, f, d = ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_double
    return SimpleNamespace(
        text_object=bind("FPDFText_GetTextObject", vp, vp, i),
        loose_box=bind("FPDFText_GetLooseCharBox", i, vp, i, vp),
        map_error=bind("FPDFText_HasUnicodeMapError", i, vp, i),
        generated=bind("FPDFText_IsGenerated", i, vp, i),
        matrix=bind("FPDFText_GetMatrix", i, vp, i, vp),
        font_size=bind("FPDFText_GetFontSize", d, vp, i),
        font=bind("FPDFTextObj_GetFont", vp, vp),
        font_name=bind("FPDFFont_GetBaseFontName", ctypes.c_size_t, vp, vp, ctypes.c_size_t),
        font_data=bind("FPDFFont_GetFontData", i, vp, vp, ctypes.c_size_t, vp),
        ascent=bind("FPDFFont_GetAscent", i, vp, f, vp),
        descent=bind("FPDFFont_GetDescent", i, vp, f, vp))


@dataclass(frozen=True, slots=True)
class _Run:
    """What every glyph of one pdfium text object shares (one font, size and matrix)."""

    usable: bool  # False: not upright on the displayed page, a Type 3 font, unmapped glyphs
    size: float = 0.0  # the font size on the displayed page
    descent: float = 0.0  # pdfminer's: below the baseline per 1000 units of size, <= 0
    drop: float = 0.0  # pdfium's loose box starts this far below the baseline (points)


@dataclass(slots=True)
class _Word:
    text: str
    first: int  # index of its first and last glyph in the text page
    last: int
    x0: float  # displayed page, y up (as pdfminer measures)
    y0: float
    x1: float
    y1: float
    left_width: float  # its first and last glyph's advance
    right_width: float


class _Glyphs:
    """pdfium's facts about one text page's glyphs: three calls a word, whatever its
    length (its text object, and the loose boxes of its first and last glyph)."""

    def __init__(self, textpage, to_display: geometry.Matrix) -> None:  # noqa: ANN001
        self.api = _api()
        self.tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        self.to_display = to_display
        self.runs: dict[int, _Run] = {}
        self.rect, self.matrix = (ctypes.c_float * 4)(), (ctypes.c_float * 6)()
        self.rect_at, self.matrix_at = ctypes.addressof(self.rect), ctypes.addressof(self.matrix)
        self.loose_box = self.api.loose_box
        # an unrotated page (the common case) only shifts boxes by the crop box's corner
        self.shift = to_display[4:] if to_display[0] == 1.0 else None
        self.fonts: dict[int, tuple[float, float] | None] = {}  # font -> _metrics

    def _run(self, index: int) -> _Run:
        obj = self.api.text_object(self.tp, index) or 0
        run = self.runs.get(obj)
        if run is None:
            run = self.runs[obj] = self._describe(index, obj)
        return run

    def _describe(self, index: int, obj: int) -> _Run:
        api = self.api
        font = api.font(obj) if obj else None
        if not font or api.map_error(self.tp, index):
            return _Run(False)  # glyphs without Unicode: pdfminer marks them for OCR
        api.matrix(self.tp, index, self.matrix_at)
        a, b, c, d = self.matrix[:4]
        da, db, dc, dd = self.to_display[:4]
        ra, rb, rc, rd = a * da + b * dc, a * db + b * dd, c * da + d * dc, c * db + d * dd
        if ra <= 0 or rd <= 0 or abs(rb) > _UPRIGHT_SLACK * ra or abs(rc) > _UPRIGHT_SLACK * rd:
            return _Run(False)  # sideways or upside down: pdfminer turns the page first
        if font not in self.fonts:  # a font serves many text objects (often every line)
            self.fonts[font] = _metrics(api, font)
        metrics = self.fonts[font]
        if metrics is None:
            return _Run(False)
        size = api.font_size(self.tp, index) * rd
        descent, loose_descent = metrics
        return _Run(True, size, descent, -loose_descent * size / 1000.0)

    def _box(self, index: int) -> tuple[float, float, float]:
        """A glyph's loose box on the displayed page: x from its origin to its advance,
        and the bottom (y up)."""
        self.api.loose_box(self.tp, index, self.rect_at)
        left, top, right, bottom = _FOUR_FLOATS(self.rect)  # 6x faster than iterating it
        a, b, c, d, e, f = self.to_display
        if a == 1.0:  # an unrotated page, the common case
            return left + e, right + e, bottom + f
        if a:  # upside down: x from x, y from y
            return a * right + e, a * left + e, d * top + f
        x0, x1 = c * bottom + e, c * top + e  # a quarter turn: x from y, y from x
        return (x0, x1, b * right + f) if x0 <= x1 else (x1, x0, b * left + f)

    def word(self, text: str, first: int, last: int) -> _Word | None:
        """The word's box as pdfminer draws it (from the baseline plus the font's descent
        to one font size above), or None when the page must go to pdfminer. (A word holding
        U+FFFD never comes here: :func:`_read_page` sends such a page to pdfminer.)"""
        obj = self.api.text_object(self.tp, first) or 0  # _run, inlined: once a word
        run = self.runs.get(obj)
        if run is None:
            run = self.runs[obj] = self._describe(first, obj)
        if not run.usable:
            return None
        if self.shift is None:
            x0, left1, bottom = self._box(first)
            right0, x1, end_bottom = self._box(last) if last != first else (x0, left1, bottom)
        else:  # _box on an unrotated page, inlined: twice a word
            e, f = self.shift
            self.loose_box(self.tp, first, self.rect_at)
            left, _top, right, bottom = _FOUR_FLOATS(self.rect)
            x0, left1, bottom = left + e, right + e, bottom + f
            if last == first:
                right0, x1, end_bottom = x0, left1, bottom
            else:
                self.loose_box(self.tp, last, self.rect_at)
                left, _top, right, end_bottom = _FOUR_FLOATS(self.rect)
                right0, x1, end_bottom = left + e, right + e, end_bottom + f
        y0 = bottom + run.drop + run.descent * run.size / 1000.0
        y1 = y0 + run.size
        if end_bottom != bottom:  # another font, size or baseline at the end: both count
            end = self._run(last)
            if not end.usable:
                return None
            e0 = end_bottom + end.drop + end.descent * end.size / 1000.0
            y0, y1 = min(y0, e0), max(y1, e0 + end.size)
        return _Word(text, first, last, x0, y0, x1, y1, left1 - x0, x1 - right0)

    def apart(self, a: _Word, b: _Word, text: str) -> bool:
        """Whether pdfminer would end the line between two words pdfium put on one: they
        do not share half their height, or a gap between glyphs is wider than
        ``CHAR_MARGIN`` times the wider glyph's advance. Glyphs drawn between them are
        glyphs too (only pdfium's inserted spaces are not), and so are the spaces pdfium
        leaves out after a space ("PAWEL    (POLO)" keeps one): a gap after a space that is
        a whole number of spaces wide is spaces."""
        overlap = (a.y1 if a.y1 < b.y1 else b.y1) - (a.y0 if a.y0 > b.y0 else b.y0)
        if overlap <= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0):
            return True
        wider = a.right_width if a.right_width > b.left_width else b.left_width
        if b.x0 - a.x1 <= CHAR_MARGIN * wider and a.x1 - a.right_width - b.x0 - b.left_width \
                <= CHAR_MARGIN * wider:
            return False
        spans = [(a.x1 - a.right_width, a.x1, False)]
        for k in range(a.last + 1, b.first):
            if not self.api.generated(self.tp, k):
                spans.append((*self._box(k)[:2], text[k] == " "))
        spans.append((b.x0, b.x0 + b.left_width, False))
        for (p0, p1, space), (q0, q1, _) in zip(spans, spans[1:], strict=False):
            gap = _gap(p0, p1, q0, q1)
            if gap <= CHAR_MARGIN * max(p1 - p0, q1 - q0):
                continue
            width = p1 - p0
            if space and width > 0 and abs(gap - round(gap / width) * width) <= 0.05 * width:
                continue
            return True
        return False


def _metrics(api: SimpleNamespace, font: int) -> tuple[float, float] | None:
    """(pdfminer's descent, pdfium's descent), per 1000 units of font size, both <= 0.

    pdfminer takes the font descriptor's descent, or for a standard font named as such
    the metrics it ships with; pdfium's loose boxes start at its own reading of the font.
    None for a Type 3 font (glyphs drawn by content streams, read by pdfminer) or a font
    whose metrics pdfium cannot give."""
    size = api.font_name(font, None, 0)
    name = ""
    if size > 1:
        buffer = ctypes.create_string_buffer(size)
        api.font_name(font, ctypes.addressof(buffer), size)
        name = buffer.value.decode("latin-1")
    data = ctypes.c_size_t()
    if not name and api.font_data(font, None, 0, ctypes.addressof(data)) and not data.value:
        return None
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    if not (api.ascent(font, 1000.0, ctypes.addressof(ascent))
            and api.descent(font, 1000.0, ctypes.addressof(descent))) \
            or ascent.value == descent.value:
        return None  # pdfium's loose box falls back to the glyph's own outline
    loose = descent.value
    if name in STANDARD_DESCENTS:  # as pdfminer: a standard name takes the standard metrics
        return -abs(STANDARD_DESCENTS[name]), loose
    return -abs(loose), loose


def _gap(a0: float, a1: float, b0: float, b1: float) -> float:
    """Horizontal distance between two extents, 0 when they overlap (pdfminer's hdistance)."""
    return max(0.0, b0 - a1, a0 - b1)


_TOKEN = re.compile(r"[\r\n]|[^\s]+")
_FOUR_FLOATS = struct.Struct("4f").unpack_from


def _read_page(page, textpage, number: int,  # noqa: ANN001
               stored: bool) -> Page | StoredPage | None:
    import pypdfium2.raw as c

    box = c.FS_RECTF()  # the crop box clipped to the media box, both maybe inherited
    if not c.FPDF_GetPageBoundingBox(page, box):
        return None
    crop = geometry.normalise((box.left, box.bottom, box.right, box.top))
    if crop[2] - crop[0] < 1 or crop[3] - crop[1] < 1:
        return None
    to_display, width, height = geometry.display_matrix(
        crop, geometry.normal_rotation(page.get_rotation()))
    count = c.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count) if count > 0 else ""
    if text is None or "\ufffd" in text:  # a glyph pdfium cannot map: pdfminer reads it
        return None
    glyphs = _Glyphs(textpage, to_display)
    runs: list[list[_Word]] = []  # pdfium's lines, cut where pdfminer would cut them
    run: list[_Word] = []
    for token in _TOKEN.finditer(text):
        start, end = token.span()
        if end - start == 1 and text[start] in "\r\n":
            if run:
                runs.append(run)
                run = []
            continue
        word = glyphs.word(token.group(), start, end - 1)
        if word is None:
            return None
        if run and glyphs.apart(run[-1], word, text):
            runs.append(run)
            run = []
        run.append(word)
    if run:
        runs.append(run)
    return (pack_page if stored else build_page)(number, width, height, False,
                                                 _in_reading_order(runs, width, height))


def _in_reading_order(runs: list[list[_Word]], width: float, height: float
                      ) -> list[list[tuple[str, float, float, float, float]]]:
    """Lines in pdfminer's reading order (:mod:`ingest.reading_order`), each word as
    (text, x0, y0, x1, y1) with a top-left origin; words centred outside the page (the
    crop box hides them) are left out, as pdfminer's reading leaves them."""
    bounds = [(min([w.x0 for w in r]), height - max([w.y1 for w in r]),
               max([w.x1 for w in r]), height - min([w.y0 for w in r])) for r in runs]
    lines = []
    for text_box in reading_order.order(bounds):
        for k in text_box:
            line = [(w.text, w.x0 if w.x0 > 0.0 else 0.0,
                     height - w.y1 if height - w.y1 > 0.0 else 0.0,
                     w.x1 if w.x1 < width else width,
                     height - w.y0 if height - w.y0 < height else height) for w in runs[k]
                    if 0 <= (w.x0 + w.x1) / 2 <= width and 0 <= (w.y0 + w.y1) / 2 <= height]
            if line:
                lines.append(line)
    return lines
